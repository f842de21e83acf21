package org.symbiose.plugins.survey.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.plugins.survey.SampleSurvey;
import org.symbiose.plugins.survey.definition.Survey;
import org.symbiose.plugins.survey.question.Question;

/** Charts, tables and summaries read from a tally. */
class ResultViewsTest {

    private final Survey survey = SampleSurvey.survey();

    private Question question(String id) {
        return survey.question(id).orElseThrow();
    }

    @Test
    void sharesArePercentagesOfThoseWhoAnswered() {
        Tally tally = new Tally(Map.of("role:answered", 3L, "role:dev", 2L, "role:other", 1L));
        assertEquals(List.of(new Share("dev", 2, new BigDecimal("66.7")), new Share("design", 0, new BigDecimal("0.0")),
                new Share("pm", 0, new BigDecimal("0.0")), new Share("other", 1, new BigDecimal("33.3"))),
                Share.of(tally, question("role")));
        Tally tools = new Tally(Map.of("tools:answered", 2L, "tools:git", 2L, "tools:ci", 1L));
        assertEquals(new BigDecimal("100.0"), Share.of(tools, question("tools")).get(0).percent(),
                "a multiple choice's percentages are of respondents");
        Tally yes = new Tally(Map.of("remote:answered", 4L, "remote:yes", 1L, "remote:no", 3L));
        assertEquals(List.of(new Share("yes", 1, new BigDecimal("25.0")), new Share("no", 3, new BigDecimal("75.0"))),
                Share.of(yes, question("remote")));
        assertEquals(List.of("1", "2", "3", "4", "5"),
                Share.of(Tally.empty(), question("comfort")).stream().map(Share::key).toList());
        assertEquals(11, Share.of(Tally.empty(), question("nps")).size());
        assertEquals(List.of(), Share.of(Tally.empty(), question("nick")));
    }

    @Test
    void aMatrixIsATableOfRowsByColumns() {
        Tally tally = new Tally(Map.of("grid:speed:ok", 3L, "grid:speed:good", 1L, "grid:quality:bad", 2L));
        MatrixTable table = MatrixTable.of(tally, question("grid"));
        assertEquals(List.of("speed", "quality"), table.rows());
        assertEquals(List.of("bad", "ok", "good"), table.columns());
        assertEquals(List.of(List.of(0L, 3L, 1L), List.of(2L, 0L, 0L)), table.counts());
        assertEquals(new BigDecimal("75.0"), table.rowPercent("speed", "ok"));
        assertEquals(new BigDecimal("100.0"), table.rowPercent("quality", "bad"));
    }

    @Test
    void numbersAreSummedExactly() {
        Tally tally = new Tally(Map.of("days:answered", 3L, "days:sum", 1_000L + 2_000L + 4_000L));
        assertEquals(new NumberSummary(3, new BigDecimal("0.233333")), NumberSummary.of(tally, question("days")),
                "0.1 + 0.2 + 0.4 over 3");
        assertEquals(new NumberSummary(0, null), NumberSummary.of(Tally.empty(), question("days")));
    }

    @Test
    void anOptionAddedLaterIsAveragedOverTheAnswersThatRankIt() {
        Tally tally = new Tally(Map.of("rank:answered", 3L, "rank:a:1", 1L, "rank:a:2", 2L, "rank:c:3", 1L));
        assertEquals(List.of(new AverageRank("a", new BigDecimal("1.67")), new AverageRank("b", null),
                new AverageRank("c", new BigDecimal("3.00"))), AverageRank.of(tally, question("rank")));
    }

    @Test
    void rankingsGiveEachOptionsMeanRank() {
        Tally tally = new Tally(Map.of("rank:answered", 2L, "rank:a:1", 2L, "rank:b:2", 1L, "rank:b:3", 1L,
                "rank:c:3", 1L, "rank:c:2", 1L));
        assertEquals(List.of(new AverageRank("a", new BigDecimal("1.00")), new AverageRank("b", new BigDecimal("2.50")),
                new AverageRank("c", new BigDecimal("2.50"))), AverageRank.of(tally, question("rank")));
    }
}
