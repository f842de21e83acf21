package org.symbiose.plugins.faq.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symbiose.plugins.faq.FaqWorld;
import org.symbiose.plugins.faq.entry.Entry;
import org.symbiose.plugins.faq.entry.EntryInput;
import org.symbiose.plugins.faq.entry.EntryState;
import org.symbiose.spi.search.SearchDocument;

class EntrySearchTest {

    private final FaqWorld world = new FaqWorld();

    @Test
    void publishedEntriesAreSearchedInTheirLanguageAndLinkToTheirPage() {
        EntryInput input = new EntryInput("Mot de passe ?", "Réinitialisez-le", "fr", EntryState.PUBLISHED);
        input.appliesTo = "Version 2";
        Entry entry = world.entries.create(input, FaqWorld.EDITOR);
        SearchDocument document = world.search.document(world.store.find(entry.id()).orElseThrow()).orElseThrow();
        assertEquals("Mot de passe ?", document.title());
        assertTrue(document.text().contains("Version 2"));
        assertEquals("fr", document.language());
        assertEquals("/p/faq/entry.xhtml?id=" + entry.id(), document.link());
        assertEquals("faq.entry", world.search.type());

        Entry draft = world.entries.create(new EntryInput("Draft?", "Not yet", "en", null), FaqWorld.EDITOR);
        assertTrue(world.search.document(world.store.find(draft.id()).orElseThrow()).isEmpty());
    }
}
