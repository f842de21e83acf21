package org.symbiose.plugins.faq.helpful;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.faq.FaqWorld;
import org.symbiose.plugins.faq.entry.Entry;
import org.symbiose.plugins.faq.entry.EntryInput;
import org.symbiose.plugins.faq.entry.EntryState;

class HelpfulVotesTest {

    private static final String BROWSER = "abcdefghijklmnopqrstuvwx";

    private final FaqWorld world = new FaqWorld();
    private final Entry entry = world.entries.create(new EntryInput("Why?", "Because", "en", EntryState.PUBLISHED),
            FaqWorld.EDITOR);

    @Test
    void oneVotePerMemberAndPerBrowser() {
        world.votes.vote(entry.id(), new VoteInput(true, null), new Voter(FaqWorld.READER, null));
        world.votes.vote(entry.id(), new VoteInput(false, null), new Voter(null, BROWSER));
        for (Voter again : new Voter[] {new Voter(FaqWorld.READER, null), new Voter(null, BROWSER)}) {
            assertEquals(ProblemType.CONFLICT, assertThrows(ProblemException.class,
                    () -> world.votes.vote(entry.id(), new VoteInput(false, "again"), again)).type());
        }
        assertEquals(new Helpfulness(1, 1), world.votes.counts(entry.id()), "the second votes counted nothing");
        assertTrue(world.notices.isEmpty(), "nor told anyone");
        assertEquals(Boolean.TRUE, world.votes.voteOf(entry.id(), new Voter(FaqWorld.READER, null)));
    }

    @Test
    void aCommentGoesToTheOwnerOnly() {
        world.votes.vote(entry.id(), new VoteInput(false, "Out of date"), new Voter(FaqWorld.READER, null));
        assertEquals(1, world.notices.size());
        assertEquals(FaqWorld.EDITOR, world.notices.get(0).memberId());
        assertTrue(world.notices.get(0).text().contains("Out of date"), world.notices.get(0).text());
        assertEquals("Out of date", world.votes.comments(entry.id(), FaqWorld.EDITOR).get(0).text());
        assertEquals(ProblemType.FORBIDDEN, assertThrows(ProblemException.class,
                () -> world.votes.comments(entry.id(), FaqWorld.READER)).type());
    }

    @Test
    void badVotesWriteNothing() {
        Voter reader = new Voter(FaqWorld.READER, null);
        assertEquals(ProblemType.VALIDATION, assertThrows(ProblemException.class,
                () -> world.votes.vote(entry.id(), new VoteInput(null, null), reader)).type());
        assertEquals(ProblemType.VALIDATION, assertThrows(ProblemException.class,
                () -> world.votes.vote(entry.id(), new VoteInput(true, "c".repeat(1001)), reader)).type());
        Entry draft = world.entries.create(new EntryInput("Draft?", "Yes", "en", null), FaqWorld.EDITOR);
        assertEquals(ProblemType.NOT_FOUND, assertThrows(ProblemException.class,
                () -> world.votes.vote(draft.id(), new VoteInput(true, null), new Voter(FaqWorld.EDITOR, null))).type());
        assertThrows(ProblemException.class, () -> new Voter(null, "short"));
        assertEquals(new Helpfulness(0, 0), world.votes.counts(entry.id()));
        assertEquals(0, world.data.size("votes"));
    }
}
