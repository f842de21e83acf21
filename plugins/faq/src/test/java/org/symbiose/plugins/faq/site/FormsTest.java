package org.symbiose.plugins.faq.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.plugins.faq.FaqWorld;
import org.symbiose.plugins.faq.entry.Entry;
import org.symbiose.plugins.faq.entry.EntryInput;
import org.symbiose.plugins.faq.entry.EntryState;
import org.symbiose.plugins.faq.helpful.Helpfulness;
import org.symbiose.spi.site.PageAction;
import org.symbiose.spi.site.PageNotFoundException;
import org.symbiose.spi.site.PageRequest;

/** The editor's and the entry's pages on the API's fakes: what their forms write, and refuse. */
class FormsTest {

    private final FaqWorld world = new FaqWorld();
    private final EditPage edit = world.wire(new EditPage());
    private final EntryPage entry = world.wire(new EntryPage());

    @Test
    void anEditorPublishesAnEntryAndItsTranslation() {
        PageAction french = edit.act("publish", request(FaqWorld.EDITOR, "fr", "question", "Pourquoi ?", "answer",
                "Parce que **oui**", "language", "fr", "tags", "a, b, a", "appliesTo", "Version 2"));
        long frenchId = idIn(french);
        PageAction english = edit.act("publish", request(FaqWorld.EDITOR, "fr", "question", "Why?", "answer", "Because",
                "language", "en", "translation", String.valueOf(frenchId)));

        Entry saved = world.entries.require(idIn(english), null);
        assertEquals(frenchId, saved.translationId());
        assertEquals(List.of("a", "b"), world.entries.require(frenchId, null).tags());
        assertEquals(PageAction.done(PageAddresses.entry(saved.id())), entry.act("follow", request(null, "en",
                "id", String.valueOf(frenchId))), "an English reader is led to the English entry");
        assertEquals(PageAction.refused(Map.of()), entry.act("follow", request(null, "en", "id", String.valueOf(frenchId),
                "chosen", "1")), "unless they chose the French one");
    }

    @Test
    void aTranslationInTheSameLanguageIsRefusedAndNothingWritten() {
        long french = world.entries.create(new EntryInput("Pourquoi ?", "Parce que", "fr", EntryState.PUBLISHED),
                FaqWorld.EDITOR).id();
        int before = world.entries.published().size();

        PageAction refused = edit.act("publish", request(FaqWorld.EDITOR, "fr", "question", "Comment ?", "answer", "Ainsi",
                "language", "fr", "translation", String.valueOf(french)));

        assertNull(refused.redirect());
        assertTrue(refused.problems().get("").contains("other language"), refused.problems().toString());
        assertEquals(before, world.entries.published().size());
    }

    @Test
    void aMissingTranslationIsSaidAndASecondVoteRefusedOnTheForm() {
        long id = world.entries.create(new EntryInput("Why?", "Because", "en", EntryState.PUBLISHED), FaqWorld.EDITOR).id();
        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) entry.model(request(FaqWorld.READER, "fr", "id", String.valueOf(id)));
        assertEquals("fr", shown.get("missing"));
        assertNull(shown.get("other"));

        assertTrue(entry.act("yes", request(FaqWorld.READER, "fr", "id", String.valueOf(id))).redirect() != null);
        PageAction again = entry.act("no", request(FaqWorld.READER, "fr", "id", String.valueOf(id), "comment", "Hm"));
        assertNull(again.redirect());
        assertEquals(new Helpfulness(1, 0), world.votes.counts(id));
    }

    @Test
    void membersWhoDoNotWriteFindNoEditorPage() {
        assertThrows(PageNotFoundException.class, () -> edit.model(request(FaqWorld.READER, "en")));
        assertThrows(PageNotFoundException.class, () -> edit.model(request(null, "en")));
    }

    private static long idIn(PageAction done) {
        assertTrue(done.redirect() != null, done.problems().toString());
        return Long.parseLong(done.redirect().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    private static PageRequest request(Long viewer, String language, String... fields) {
        Map<String, List<String>> parameters = new HashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            parameters.put(fields[i], List.of(fields[i + 1]));
        }
        return new PageRequest(parameters, viewer, viewer != null, Locale.forLanguageTag(language));
    }
}
