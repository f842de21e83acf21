package org.symbiose.plugins.ideas.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BallotMergeTest {

    @Test
    void aMemberWhoVotedForBothIsCountedOnceAndGetsTheSpareVoteBack() {
        List<Ballot> duplicate = List.of(new Ballot(1, true), new Ballot(2, true), new Ballot(3, false));
        List<Ballot> target = List.of(new Ballot(2, true), new Ballot(3, true), new Ballot(4, true));
        BallotMerge merge = BallotMerge.of(duplicate, target, false);
        assertEquals(List.of(new Ballot(1, true)), merge.moved());
        assertEquals(List.of(2L), merge.refunded(), "3's duplicate vote had already come back");
        // the target then counts 2, 3, 4 and 1: four voters, as many as distinct voters of both
        assertEquals(4, target.size() + merge.moved().size());
    }

    @Test
    void votesMovedOntoAClosedIdeaComeBackAtOnce() {
        BallotMerge merge = BallotMerge.of(List.of(new Ballot(1, true), new Ballot(5, false)), List.of(), true);
        assertEquals(List.of(new Ballot(1, false), new Ballot(5, false)), merge.moved());
        assertEquals(List.of(1L), merge.refunded());
    }
}
