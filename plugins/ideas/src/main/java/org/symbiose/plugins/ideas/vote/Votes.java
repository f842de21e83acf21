package org.symbiose.plugins.ideas.vote;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.cache.SharedCache;
import org.symbiose.api.cache.SharedCaches;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.data.PluginData;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.ideas.Attributes;
import org.symbiose.plugins.ideas.IdeasRights;
import org.symbiose.plugins.ideas.KeyScan;
import org.symbiose.plugins.ideas.box.Box;
import org.symbiose.plugins.ideas.box.Boxes;
import org.symbiose.plugins.ideas.idea.BoxListings;
import org.symbiose.plugins.ideas.idea.Idea;
import org.symbiose.plugins.ideas.idea.Ideas;

/**
 * Members' votes: one per member and idea, counted by the core ({@code Item.score()}, which the
 * trending and top lists sort by) and kept here as ballots, with what each member spent of their
 * box's budget.
 *
 * <p>Votes are many small writes made at once, so each is a group commit: one transaction shared
 * with the other votes arriving together, and a refused vote is run again alone to refuse it without
 * touching the others (see {@code ContentStore.inGroupCommit}). The checks that only read (the
 * member, the idea, its box) run before, on the caller's thread, since a batch runs its works one
 * after another; the idea is checked again once its row is held.
 *
 * <p>Exact under concurrency: a vote's writes share one transaction, whose first write increments
 * the member's spent counter in the box. That holds the counter's row, so one member's votes in a
 * box run one after another: the "already voted?" claim and the budget check that follow cannot
 * race, and a refused vote rolls back whole. A vote takes locks in the order counter, ballot, idea;
 * a status change or merge returning votes takes the counters (sorted) before the idea, so neither
 * waits on the other in a cycle.
 */
@Component(service = Votes.class)
public class Votes {

    static final String SPENT = "spent";
    static final String BALLOTS = "ballots";
    static final String MINE = "mine";
    /** A ballot lasts as long as its vote: until withdrawn. */
    static final Duration FOR_GOOD = Duration.ofDays(365L * 100);

    @Reference
    private PluginData data;

    @Reference
    private ContentStore store;

    @Reference
    private Ideas ideas;

    @Reference
    private BoxListings listings;

    @Reference
    private Boxes boxes;

    @Reference
    private IdeasRights rights;

    @Reference
    private SharedCaches caches;

    Clock clock = Clock.systemUTC();

    /** Each member's {@link Support} by box, under their spent counter's key. */
    private SharedCache<String, Support> supports;

    @Activate
    void start() {
        supports = caches.cache("supports", 20_000);
    }

    /**
     * The member supports the idea, spending one vote of their budget.
     *
     * @throws ProblemException 409 when the budget is spent (saying it), the member already voted,
     *                          the idea is merged or closed, or the box closed; 403 if the box does
     *                          not admit them
     */
    public VoteOutcome vote(long ideaId, long memberId) {
        // read before the group commit, on the caller's thread: a batch's works run one after another,
        // so only writes belong in them; what changed since is checked again below, the idea's row held
        rights.requireActive(memberId);
        Idea idea = ideas.require(ideaId, memberId);
        Box box = votable(idea, memberId);
        return store.inGroupCommit(() -> {
            long spent = data.incrementWithin(SPENT, spentKey(box.id(), memberId), 1);
            if (!data.putIfAbsentWithin(BALLOTS, ballotKey(ideaId, memberId),
                    Map.of("box", box.id(), "at", clock.instant().toString(), "charged", true), FOR_GOOD)) {
                throw new ProblemException(ProblemType.CONFLICT, "You already voted for this idea");
            }
            if (Budget.exceeded(box.voteBudget(), spent)) {
                throw new ProblemException(ProblemType.CONFLICT, "budget",
                        "You have used your " + box.voteBudget() + " votes in this box");
            }
            data.put(MINE, mineKey(memberId, box.id(), ideaId), Map.of("at", clock.instant().toString()));
            Item item = store.vote(ideaId, memberId, 1);
            listings.changed(box.id());
            supportChanged(box.id(), List.of(memberId));
            // the vote holds the idea's row now, as read again: a close or merge committed since the checks refuses it
            votable(ideas.of(item), box);
            return new VoteOutcome(item.score(), true, Budget.of(box.voteBudget(), spent));
        });
    }

    /**
     * The member takes their vote back; it returns to their budget unless it already came back.
     *
     * @throws ProblemException 409 without a vote, or when the idea is merged or closed or the box closed
     */
    public VoteOutcome unvote(long ideaId, long memberId) {
        Idea idea = ideas.require(ideaId, memberId);
        Box box = votable(idea, memberId);
        return store.inGroupCommit(() -> {
            String spentKey = spentKey(box.id(), memberId);
            long spent = data.incrementWithin(SPENT, spentKey, 0);
            Map<String, Object> ballot = data.get(BALLOTS, ballotKey(ideaId, memberId)).orElseThrow(
                    () -> new ProblemException(ProblemType.CONFLICT, "You have not voted for this idea"));
            data.delete(BALLOTS, ballotKey(ideaId, memberId));
            data.delete(MINE, mineKey(memberId, box.id(), ideaId));
            if (Attributes.flag(ballot, "charged")) {
                spent = data.incrementWithin(SPENT, spentKey, -1);
            }
            Item item = store.vote(ideaId, memberId, 0);
            listings.changed(box.id());
            supportChanged(box.id(), List.of(memberId));
            // as for a vote: a close or merge committed since the checks refuses it
            votable(ideas.of(item), box);
            return new VoteOutcome(item.score(), false, Budget.of(box.voteBudget(), spent));
        });
    }

    private Box votable(Idea idea, long memberId) {
        Box box = boxes.requireOpen(idea.boxId(), memberId);
        votable(idea, box);
        return box;
    }

    private static void votable(Idea idea, Box box) {
        if (idea.mergedInto() != null) {
            throw new ProblemException(ProblemType.CONFLICT, "This idea was merged into idea " + idea.mergedInto());
        }
        if (idea.itemStatus() != ItemStatus.PUBLISHED) {
            throw new ProblemException(ProblemType.CONFLICT, "This idea is not published");
        }
        if (box.workflow().status(idea.status()).map(s -> s.closed()).orElse(true)) {
            throw new ProblemException(ProblemType.CONFLICT, "This idea is closed: it takes no more votes");
        }
    }

    /** The member's budget in a box. */
    public Budget budget(Box box, Long memberId) {
        return Budget.of(box.voteBudget(), support(box.id(), memberId).spent());
    }

    /**
     * What the member (null: a visitor) gives the box, kept until their next vote in it: every page
     * of the box shows which of its ideas they vote for and what remains of their budget.
     */
    public Support support(long boxId, Long memberId) {
        if (memberId == null) {
            return Support.NONE;
        }
        return supports.get(spentKey(boxId, memberId), key -> new Support(Set.copyOf(votedIdeas(boxId, memberId)),
                data.count(SPENT, key)));
    }

    /** Drops what is kept of the members' support in the box, just changed: within the changing transaction. */
    private void supportChanged(long boxId, Collection<Long> memberIds) {
        memberIds.forEach(member -> supports.invalidate(spentKey(boxId, member)));
    }

    /** Whether the member (null: a visitor) supports the idea. */
    public boolean voted(Idea idea, Long memberId) {
        return support(idea.boxId(), memberId).ideas().contains(idea.id());
    }

    /** The idea's ballots. */
    public List<Ballot> ballots(long ideaId) {
        String prefix = ideaId + ":";
        return KeyScan.all(data, BALLOTS, prefix).stream()
                .map(r -> new Ballot(Long.parseLong(r.key().substring(prefix.length())),
                        Attributes.flag(r.value(), "charged")))
                .toList();
    }

    /** The ids of the ideas the member supports in a box. */
    public List<Long> votedIdeas(long boxId, long memberId) {
        String prefix = mineKey(memberId, boxId, null);
        return KeyScan.ids(KeyScan.all(data, MINE, prefix), prefix);
    }

    /**
     * Gives the still charged votes of an idea back to their voters' budgets, within the caller's
     * transaction and before it writes the idea (see the class's lock order); the votes still count.
     * The voters' counters are locked first and the ballots read again under them, so a vote taken
     * back meanwhile is not given back twice. Giving back again later gives back only what came
     * since: a status change does so once it committed, for a vote that slipped in while it ran.
     *
     * @return the voters whose vote came back
     */
    public List<Long> giveBack(Idea idea) {
        List<Long> candidates = charged(idea.id());
        if (candidates.isEmpty()) {
            return candidates;
        }
        Map<String, Long> locks = new TreeMap<>();
        candidates.forEach(voter -> locks.put(spentKey(idea.boxId(), voter), 0L));
        data.incrementAllWithin(SPENT, locks);
        List<Long> voters = charged(idea.id()).stream().filter(candidates::contains).toList();
        refund(idea.boxId(), voters);
        for (long voter : voters) {
            data.put(BALLOTS, ballotKey(idea.id(), voter), Map.of("box", idea.boxId(), "at",
                    clock.instant().toString(), "charged", false));
        }
        return voters;
    }

    private List<Long> charged(long ideaId) {
        return ballots(ideaId).stream().filter(Ballot::charged).map(Ballot::memberId).sorted().toList();
    }

    /**
     * Moves a merged idea's ballots onto its target, within the caller's transaction: a voter of
     * both keeps one vote and gets the other back; the others' votes move, and come back when the
     * target is closed.
     */
    public BallotMerge moveBallots(Idea source, Idea target, boolean targetClosed) {
        List<Ballot> sourceBallots = ballots(source.id());
        BallotMerge plan = BallotMerge.of(sourceBallots, ballots(target.id()), targetClosed);
        refund(source.boxId(), plan.refunded());
        supportChanged(source.boxId(), sourceBallots.stream().map(Ballot::memberId).toList());
        for (Ballot ballot : sourceBallots) {
            data.delete(BALLOTS, ballotKey(source.id(), ballot.memberId()));
            data.delete(MINE, mineKey(ballot.memberId(), source.boxId(), source.id()));
            store.vote(source.id(), ballot.memberId(), 0);
        }
        for (Ballot moved : plan.moved()) {
            data.put(BALLOTS, ballotKey(target.id(), moved.memberId()), Map.of("box", target.boxId(), "at",
                    clock.instant().toString(), "charged", moved.charged()));
            data.put(MINE, mineKey(moved.memberId(), target.boxId(), target.id()),
                    Map.of("at", clock.instant().toString()));
            store.vote(target.id(), moved.memberId(), 1);
        }
        listings.changed(target.boxId());
        return plan;
    }

    private void refund(long boxId, Collection<Long> voters) {
        if (voters.isEmpty()) {
            return;
        }
        supportChanged(boxId, voters);
        Map<String, Long> deltas = new TreeMap<>();
        voters.stream().sorted().forEach(voter -> deltas.put(spentKey(boxId, voter), -1L));
        data.incrementAllWithin(SPENT, deltas);
    }

    static String spentKey(long boxId, long memberId) {
        return boxId + ":" + memberId;
    }

    static String ballotKey(long ideaId, long memberId) {
        return ideaId + ":" + memberId;
    }

    static String mineKey(long memberId, long boxId, Long ideaId) {
        return memberId + ":" + boxId + ":" + (ideaId == null ? "" : ideaId);
    }
}
