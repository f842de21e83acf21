package org.symbiose.plugins.faq.promote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.faq.FaqWorld;
import org.symbiose.plugins.faq.entry.Entry;
import org.symbiose.plugins.faq.entry.EntryState;
import org.symbiose.spi.knowledge.PromotableAnswer;
import org.symbiose.spi.knowledge.PromotedEntry;

class FaqPromotionTest {

    private final FaqWorld world = new FaqWorld();
    private final PromotableAnswer answer = new PromotableAnswer(77, "/p/forum/topic.xhtml?id=77", "How to reset?",
            "Click *reset*.", FaqWorld.AUTHOR, "Alice", "fr", List.of("account"));

    @Test
    void anAnswerBecomesADraftCreditingItsAuthorOnce() {
        PromotedEntry promoted = world.promotion.promote(answer, FaqWorld.WRITER);
        assertEquals("/p/faq/entry.xhtml?id=" + promoted.entryId(), promoted.link());
        Entry draft = world.entries.require(promoted.entryId(), FaqWorld.WRITER);
        assertEquals(EntryState.DRAFT, draft.state());
        assertEquals("How to reset?", draft.question());
        assertEquals("Click *reset*.", draft.answer(), "the credit is kept beside the answer, not in it");
        assertEquals("Alice", draft.credit().authorName());
        assertEquals(FaqWorld.AUTHOR, draft.credit().authorId());
        assertEquals("/p/forum/topic.xhtml?id=77", draft.credit().sourceLink());
        assertEquals("fr", draft.language());
        assertEquals(FaqWorld.WRITER, draft.owner().id());
        assertEquals(77, draft.credit().sourceId());
        assertEquals(List.of("account"), draft.tags());
        assertEquals(1, world.notices.size());
        assertEquals(FaqWorld.AUTHOR, world.notices.get(0).memberId());

        assertEquals(promoted, world.promotion.promote(answer, FaqWorld.EDITOR), "promoting again answers the first");
        assertEquals(promoted, world.promotion.promotedFrom(77).orElseThrow());
        assertEquals(1, world.store.size());
        assertTrue(world.promotion.promotedFrom(78).isEmpty());
    }

    @Test
    void aPromoterWhoDoesNotWriteTheFaqIsRefusedAndNothingIsWritten() {
        assertEquals(ProblemType.FORBIDDEN, assertThrows(ProblemException.class,
                () -> world.promotion.promote(answer, FaqWorld.READER)).type());
        PromotableAnswer tooLong = new PromotableAnswer(78, "/p/forum/topic.xhtml?id=78", "Long?", "a".repeat(ContentStore.MAX_BODY + 1),
                FaqWorld.AUTHOR, "Alice", "en", List.of());
        assertEquals(ProblemType.VALIDATION, assertThrows(ProblemException.class,
                () -> world.promotion.promote(tooLong, FaqWorld.WRITER)).type());
        assertEquals(0, world.store.size());
        assertTrue(world.notices.isEmpty());
        assertTrue(world.promotion.promotedFrom(77).isEmpty());
    }
}
