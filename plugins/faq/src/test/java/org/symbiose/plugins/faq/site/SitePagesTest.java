package org.symbiose.plugins.faq.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.api.member.MemberRef;
import org.symbiose.plugins.faq.entry.Entry;
import org.symbiose.plugins.faq.entry.EntryState;

class SitePagesTest {

    @Test
    void anAnswerCannotEndTheJsonLdBlock() {
        String json = FaqPageJsonLd.of("Why \"quotes\"?", "<p>Because</p></script><!--", "en");

        assertFalse(json.contains("</script>"), json);
        assertFalse(json.contains("<!--"), json);
        assertTrue(json.contains("\"@type\":\"FAQPage\""), json);
        assertTrue(json.contains("\"name\":\"Why \\\"quotes\\\"?\""), json);
        assertTrue(json.contains("\\u003c/p\\u003e"), json);
    }

    @Test
    void aReaderSeesTheirLanguageAndEntriesWrittenOnlyInTheOtherNamedSo() {
        Entry french = entry(1, "fr", 2L);
        Entry english = entry(2, "en", 1L);
        Entry onlyEnglish = entry(3, "en", null);

        List<Map<String, Object>> shown = HomePage.inReadersLanguage(List.of(french, english, onlyEnglish), "fr");

        assertEquals(List.of(1L, 3L), shown.stream().map(card -> card.get("id")).toList());
        assertEquals("", shown.get(0).get("otherLanguage"));
        assertEquals("en", shown.get(1).get("otherLanguage"), "never a silent fallback");
    }

    private static Entry entry(long id, String language, Long translation) {
        MemberRef someone = new MemberRef(9, "Someone");
        Instant now = Instant.now();
        return new Entry(id, 5L, "Question " + id, "Answer", "<p>Answer</p>", List.of(), "", language, translation, 0,
                EntryState.PUBLISHED, someone, someone, null, now, now, now, 1);
    }
}
