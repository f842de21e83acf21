package org.symbiose.plugins.ideas.vote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What merging a duplicate's ballots into its target does: a member who voted for both is counted
 * once (their duplicate vote comes back to their budget if it still counted against it); the
 * others' ballots move to the target, and come back at once when the target is already closed.
 *
 * @param moved    the ballots the target gains
 * @param refunded the members who get a vote back
 */
public record BallotMerge(List<Ballot> moved, List<Long> refunded) {

    public BallotMerge {
        moved = List.copyOf(moved);
        refunded = List.copyOf(refunded);
    }

    /** The merge of {@code source}'s ballots into a target holding {@code target}'s. */
    public static BallotMerge of(List<Ballot> source, List<Ballot> target, boolean targetClosed) {
        Set<Long> targetVoters = target.stream().map(Ballot::memberId).collect(Collectors.toSet());
        List<Ballot> moved = new ArrayList<>();
        List<Long> refunded = new ArrayList<>();
        for (Ballot ballot : source) {
            boolean both = targetVoters.contains(ballot.memberId());
            if (ballot.charged() && (both || targetClosed)) {
                refunded.add(ballot.memberId());
            }
            if (!both) {
                moved.add(targetClosed ? new Ballot(ballot.memberId(), false) : ballot);
            }
        }
        return new BallotMerge(moved, refunded);
    }
}
