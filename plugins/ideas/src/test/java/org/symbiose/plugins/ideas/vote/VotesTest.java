package org.symbiose.plugins.ideas.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symbiose.plugins.ideas.IdeasWorld.ANN;
import static org.symbiose.plugins.ideas.IdeasWorld.BOB;
import static org.symbiose.plugins.ideas.IdeasWorld.CLEO;
import static org.symbiose.plugins.ideas.IdeasWorld.MANAGER;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.plugins.ideas.IdeasWorld;
import org.symbiose.plugins.ideas.box.Box;
import org.symbiose.plugins.ideas.box.BoxInput;
import org.symbiose.plugins.ideas.idea.Idea;
import org.symbiose.plugins.ideas.idea.IdeaInput;
import org.symbiose.plugins.ideas.merge.MergeInput;
import org.symbiose.plugins.ideas.status.StatusChangeInput;
import org.symbiose.plugins.ideas.status.WorkflowInput;

class VotesTest {

    private final IdeasWorld world = new IdeasWorld();

    private Box box(int budget) {
        BoxInput input = new BoxInput();
        input.title = "Box";
        input.voteBudget = budget;
        return world.boxes.create(input, MANAGER);
    }

    private long idea(Box box, long author, String title) {
        IdeaInput input = new IdeaInput();
        input.title = title;
        return world.ideas.create(box.id(), input, author).id();
    }

    private void move(long idea, String status) {
        StatusChangeInput input = new StatusChangeInput();
        input.status = status;
        world.statuses.change(idea, input, MANAGER);
    }

    @Test
    void theBudgetIsSpentReturnedOnWithdrawalAndRefusedPastItsEnd() {
        Box box = box(2);
        long a = idea(box, ANN, "A");
        long b = idea(box, ANN, "B");
        long c = idea(box, ANN, "C");
        assertEquals(new Budget(2, 1), world.votes.vote(a, BOB).budget());
        assertThrows(ProblemException.class, () -> world.votes.vote(a, BOB), "once per idea");
        world.votes.vote(b, BOB);
        ProblemException spent = assertThrows(ProblemException.class, () -> world.votes.vote(c, BOB));
        assertEquals("You have used your 2 votes in this box", spent.getMessage());
        assertEquals(0, world.ideas.require(c, BOB).votes(), "nothing written");
        assertEquals(List.of(a, b), world.votes.votedIdeas(box.id(), BOB).stream().sorted().toList());
        assertThrows(ProblemException.class, () -> world.votes.unvote(c, BOB), "no vote to take back");
        VoteOutcome back = world.votes.unvote(b, BOB);
        assertFalse(back.voted());
        assertEquals(new Budget(2, 1), back.budget());
        assertTrue(world.votes.vote(c, BOB).voted());
    }

    @Test
    void closingAnIdeaGivesItsVotesBackOnceAndTellsItsVoters() {
        Box box = box(1);
        long a = idea(box, ANN, "A");
        world.votes.vote(a, BOB);
        world.votes.vote(a, CLEO);
        move(a, "declined");
        assertEquals(2, world.ideas.require(a, BOB).votes(), "the votes still count");
        assertEquals(new Budget(1, 1), world.votes.budget(box, BOB));
        assertEquals(2, world.notices.stream().filter(n -> n.text().contains("your vote is back")).count());
        assertThrows(ProblemException.class, () -> world.votes.vote(a, BOB), "closed");
        assertThrows(ProblemException.class, () -> world.votes.unvote(a, BOB), "closed ideas keep their votes");
        long b = idea(box, ANN, "B");
        world.votes.vote(b, BOB);
        assertEquals(new Budget(1, 0), world.votes.budget(box, BOB), "the vote given back was spent again");
        assertThrows(ProblemException.class, () -> move(b, "done"), "open → done is not a transition");
    }

    @Test
    void mergingCountsAVoterOfBothOnceAndReturnsTheSpareVote() {
        Box box = box(3);
        long original = idea(box, ANN, "PDF export");
        long duplicate = idea(box, CLEO, "Export PDF");
        world.votes.vote(original, BOB);
        world.votes.vote(duplicate, BOB);
        world.votes.vote(duplicate, ANN);
        MergeInput input = new MergeInput();
        input.into = original;
        Idea merged = world.merges.merge(duplicate, input, MANAGER);
        assertEquals(original, merged.mergedInto());
        assertEquals(0, merged.votes());
        assertEquals(2, world.ideas.require(original, BOB).votes(), "Bob once, Ann moved");
        assertEquals(new Budget(3, 2), world.votes.budget(box, BOB), "Bob's spare vote is back");
        assertEquals(new Budget(3, 2), world.votes.budget(box, ANN), "Ann's vote moved, still spent");
        assertTrue(world.subscriptions.subscribed(original, CLEO), "the duplicate's author follows the target");
        assertThrows(ProblemException.class, () -> world.merges.merge(duplicate, input, MANAGER), "merged already");
        input.into = duplicate;
        assertThrows(ProblemException.class, () -> world.merges.merge(original, input, MANAGER), "into a merged one");
    }

    @Test
    void aStatusHeldByIdeasIsNotDeleted() {
        Box box = box(0);
        idea(box, ANN, "A");
        WorkflowInput input = new WorkflowInput();
        WorkflowInput.StatusInput status = new WorkflowInput.StatusInput();
        status.key = "new";
        status.label_en = "New";
        status.label_fr = "Nouvelle";
        status.colour = "#000000";
        input.statuses = List.of(status);
        assertThrows(ProblemException.class, () -> world.boxes.editWorkflow(box.id(), box.version(), input, MANAGER));
        status.key = "open";
        assertEquals(List.of("open"), world.boxes.editWorkflow(box.id(), box.version(), input, MANAGER).workflow()
                .statuses().stream().map(s -> s.key()).toList());
    }
}
