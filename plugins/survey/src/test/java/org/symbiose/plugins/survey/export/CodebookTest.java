package org.symbiose.plugins.survey.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiose.plugins.survey.Bilingual;
import org.symbiose.plugins.survey.SampleSurvey;

class CodebookTest {

    private final Codebook codebook = Codebook.of(SampleSurvey.survey());

    @Test
    void itDescribesTheColumnsOfTheCsvInOrder() {
        assertEquals(ResponsesCsvTest.HEADER, codebook.columnNames());
    }

    @Test
    void eachColumnSaysWhatItsCodesMean() {
        CodebookEntry role = entry("role");
        assertEquals("single-choice", role.type());
        assertEquals(List.of(new CodebookValue("dev", new Bilingual("DEV", "dev")),
                new CodebookValue("design", new Bilingual("DESIGN", "design")),
                new CodebookValue("pm", new Bilingual("PM", "pm")),
                new CodebookValue("other", new Bilingual("Other (their words)", "Autre (leurs mots)"))), role.values());
        CodebookEntry git = entry("tools.git");
        assertEquals(new Bilingual("Question tools — GIT", "Question tools — git"), git.label());
        assertEquals(List.of(new CodebookValue("1", new Bilingual("chosen", "choisi")),
                new CodebookValue("0", new Bilingual("not chosen", "non choisi"))), git.values());
        assertEquals(List.of("ok", "Oui"), List.of(entry("grid.speed").values().get(1).code(),
                entry("remote").values().get(0).meaning().fr()));
        assertEquals(new CodebookValue("3", new Bilingual("ranked 3", "classé 3")), entry("rank.a").values().get(2));
        assertEquals(List.of(), entry("days").values());
        assertEquals("tools", entry("tools.other").questionId());
    }

    @Test
    void itReadsBackAsCsvWithARowPerCode() {
        List<List<String>> rows = CsvParser.rows(codebook.csv());
        assertEquals(List.of("column", "question", "type", "label_en", "label_fr", "code", "meaning_en", "meaning_fr"),
                rows.get(0));
        assertEquals(List.of("role", "role", "single-choice", "Question role", "Question role", "pm", "PM", "pm"),
                rows.get(6));
        int expected = 1 + codebook.entries().stream().mapToInt(e -> Math.max(1, e.values().size())).sum();
        assertEquals(expected, rows.size());
    }

    private CodebookEntry entry(String column) {
        return codebook.entries().stream().filter(e -> e.column().equals(column)).findFirst().orElseThrow();
    }
}
