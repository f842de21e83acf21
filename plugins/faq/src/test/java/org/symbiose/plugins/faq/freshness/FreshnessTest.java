package org.symbiose.plugins.faq.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiose.plugins.faq.FaqWorld;
import org.symbiose.plugins.faq.entry.Entry;
import org.symbiose.plugins.faq.entry.EntryInput;
import org.symbiose.plugins.faq.entry.EntryState;
import org.symbiose.plugins.faq.helpful.VoteInput;
import org.symbiose.plugins.faq.helpful.Voter;

class FreshnessTest {

    private final FaqWorld world = new FaqWorld();

    @Test
    void oldEntriesAreListedAndNoVotesRankThemUp() {
        Entry old = publish("Old", FaqWorld.EDITOR);
        world.clock.advance(Duration.ofDays(200));
        Entry fresh = publish("Fresh", FaqWorld.EDITOR);
        Entry disliked = publish("Disliked", FaqWorld.EDITOR);
        world.votes.vote(disliked.id(), new VoteInput(false, null), new Voter(FaqWorld.READER, null));
        publish("Liked", FaqWorld.EDITOR);

        List<StaleEntry> list = world.freshness.list(FaqWorld.EDITOR);
        assertEquals(List.of(disliked.id(), old.id()), list.stream().map(StaleEntry::id).toList(),
                "older than the 6 months set, or more no than yes; most no first");
        assertTrue(list.get(1).overdue());
        assertTrue(list.stream().noneMatch(s -> s.id() == fresh.id()));

        world.entries.markReviewed(old.id(), FaqWorld.EDITOR);
        assertEquals(List.of(disliked.id()), world.freshness.list(FaqWorld.EDITOR).stream().map(StaleEntry::id).toList());
        assertTrue(world.freshness.list(FaqWorld.READER).isEmpty(), "a member sees only the entries they own");
    }

    private Entry publish(String question, long editor) {
        return world.entries.create(new EntryInput(question, "Answer", "en", EntryState.PUBLISHED), editor);
    }
}
