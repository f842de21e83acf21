package org.symbiose.plugins.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.member.MemberRef;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.spi.knowledge.AnswerPromotion;
import org.symbiose.spi.knowledge.PromotableAnswer;
import org.symbiose.spi.knowledge.PromotedEntry;

class TopicPromotionTest {

    private static final Instant NOW = Instant.parse("2026-12-07T18:00:00Z");

    /** A knowledge base that keeps what it was given, as the FAQ plugin would. */
    private static final class FakeKnowledge implements AnswerPromotion {
        final Map<Long, PromotedEntry> entries = new HashMap<>();
        final List<PromotableAnswer> given = new ArrayList<>();

        @Override
        public PromotedEntry promote(PromotableAnswer answer, long promoterId) {
            given.add(answer);
            PromotedEntry entry = new PromotedEntry(100 + entries.size(), "/p/faq/entry.xhtml?id=" + (100 + entries.size()), answer.question());
            entries.put(answer.sourceId(), entry);
            return entry;
        }

        @Override
        public Optional<PromotedEntry> promotedFrom(long sourceId) {
            return Optional.ofNullable(entries.get(sourceId));
        }
    }

    @Test
    void handsOverTheQuestionAndTheAcceptedAnswerWithItsAuthorThenRecordsTheEntryOnce() {
        FakeKnowledge knowledge = new FakeKnowledge();
        Item reply = item(8, PostLookup.REPLY, "", "Use **reset**", Map.of(), ItemStatus.PUBLISHED, new MemberRef(9, "Bea"));
        Item topic = item(7, PostLookup.TOPIC, "How to reset?", "It is stuck", Map.of(TopicState.ACCEPTED, 8L),
                ItemStatus.PUBLISHED, new MemberRef(5, "Ann"));
        List<PromotedEntry> recorded = new ArrayList<>();

        PromotedEntry entry = TopicPromotion.promote(knowledge, topic, TopicPromotion.acceptedReply(topic, id -> Optional.of(reply)),
                Locale.FRENCH, 3, recorded::add);

        assertEquals(List.of(new PromotableAnswer(7, "/p/forum/topic.xhtml?id=7", "How to reset?", "Use **reset**", 9, "Bea", "fr",
                List.of("help"))), knowledge.given);
        assertEquals(List.of(entry), recorded);

        Item promoted = item(7, PostLookup.TOPIC, "How to reset?", "It is stuck", Map.of(TopicState.ACCEPTED, 8L,
                TopicPromotion.ENTRY, entry.entryId(), TopicPromotion.ENTRY_LINK, entry.link()), ItemStatus.PUBLISHED, new MemberRef(5, "Ann"));
        assertEquals(entry, TopicPromotion.promote(knowledge, promoted, reply, Locale.FRENCH, 3, recorded::add), "a second time");
        assertEquals(1, knowledge.given.size());
        assertEquals(1, recorded.size());
    }

    @Test
    void refusesATopicWithoutAPublishedAcceptedAnswer() {
        Item unanswered = item(7, PostLookup.TOPIC, "Why?", "Hm", Map.of(TopicState.QUESTION, true), ItemStatus.PUBLISHED, new MemberRef(5, "Ann"));
        assertEquals(409, assertThrows(ProblemException.class, () -> TopicPromotion.acceptedReply(unanswered, id -> Optional.empty()))
                .type().status());

        Item answered = item(7, PostLookup.TOPIC, "Why?", "Hm", Map.of(TopicState.ACCEPTED, 8L), ItemStatus.PUBLISHED, new MemberRef(5, "Ann"));
        Item hidden = item(8, PostLookup.REPLY, "", "Because", Map.of(), ItemStatus.HIDDEN, new MemberRef(9, "Bea"));
        assertThrows(ProblemException.class, () -> TopicPromotion.acceptedReply(answered, id -> Optional.of(hidden)));
    }

    private static Item item(long id, String type, String title, String body, Map<String, Object> attributes, ItemStatus status,
            MemberRef author) {
        return new Item(id, type, "forum", 3L, author, title, body, "<p>" + body + "</p>", List.of("help"), attributes, status, 1,
                Map.of(), 0, NOW, NOW);
    }
}
