package org.symbiose.plugins.ideas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.member.MemberRef;
import org.symbiose.plugins.ideas.idea.Idea;

class IdeasCsvTest {

    @Test
    void fieldsAreQuotedAndFormulasDisarmed() {
        assertEquals("plain", IdeasCsv.field("plain"));
        assertEquals("\"a, b\"", IdeasCsv.field("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", IdeasCsv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", IdeasCsv.field("two\nlines"));
        assertEquals("'=SUM(A1)", IdeasCsv.field("=SUM(A1)"));
        assertEquals("-3", IdeasCsv.field("-3"));
    }

    @Test
    void aRowHasTheHeadersColumns() {
        Idea idea = new Idea(7, 2, "Dark mode, please", "b", "<p>b</p>", "b", List.of("ui", "night"), "planned", 12, null,
                null, new MemberRef(3, "Ann"), Map.of(), ItemStatus.PUBLISHED, Instant.parse("2026-01-02T03:04:05Z"),
                Instant.parse("2026-01-02T03:04:05Z"), 1);
        assertEquals("7,\"Dark mode, please\",planned,12,Ann,2026-01-02T03:04:05Z,"
                + "https://x.example/p/ideas/idea.xhtml?id=7,ui night", IdeasCsv.row(idea, "https://x.example"));
    }
}
