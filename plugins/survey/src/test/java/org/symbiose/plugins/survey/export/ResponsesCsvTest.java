package org.symbiose.plugins.survey.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.plugins.survey.SampleSurvey;
import org.symbiose.plugins.survey.definition.Survey;
import org.symbiose.plugins.survey.question.Ranking;
import org.symbiose.plugins.survey.response.Response;
import org.symbiose.plugins.survey.response.ResponseCheck;
import org.symbiose.plugins.survey.response.ResponseOutcome;

class ResponsesCsvTest {

    private final Survey survey = SampleSurvey.survey();

    static final List<String> HEADER = List.of("response", "submitted", "language", "role", "role.other", "tools.git",
            "tools.ide", "tools.ci", "tools.docs", "tools.other", "remote", "days", "since", "comfort", "nps", "why",
            "nick", "grid.speed", "grid.quality", "rank.a", "rank.b", "rank.c");

    private Response response(String id, Map<String, Object> sent) {
        ResponseOutcome outcome = ResponseCheck.check(survey, "fr", sent);
        assertEquals(List.of(), outcome.problems());
        return new Response(id, Instant.parse("2026-12-08T03:00:00Z"), "fr", outcome.answers());
    }

    @Test
    void oneRowPerResponseOneColumnPerAnswerFieldParsedBack() {
        Map<String, Object> full = SampleSurvey.fullAnswers();
        full.put("role", Map.of("other", "Chef, \"big\" one"));
        full.put("tools", Map.of("choices", List.of("ci"), "other", "-rm -rf"));
        full.put("days", -0.0);
        full.put("nps", 10);
        full.put("why", "Line one,\r\nline \"two\"\n=1+1");
        full.put("rank", List.of("b", "c", "a"));
        Response first = response("r1", full);
        Response second = response("r2", Map.of("role", "dev", "remote", false, "nps", 3));

        List<List<String>> rows = CsvParser.rows(ResponsesCsv.csv(survey, List.of(first, second)));

        assertEquals(HEADER, rows.get(0));
        assertEquals(List.of("r1", "2026-12-08T03:00:00Z", "fr", "other", "Chef, \"big\" one", "0", "0", "1", "0",
                "'-rm -rf", "yes", "0.0", "2021-09-01", "4", "10", "Line one,\r\nline \"two\"\n=1+1",
                "'=HYPERLINK(\"x\")", "ok", "good", "3", "1", "2"), rows.get(1));
        assertEquals(List.of("r2", "2026-12-08T03:00:00Z", "fr", "dev", "", "", "", "", "", "", "no", "", "", "", "3",
                "", "", "", "", "", "", ""), rows.get(2), "unanswered and hidden questions leave empty cells");
        assertEquals(3, rows.size());
    }

    @Test
    void anOptionAddedAfterAResponseLeavesItsCellEmpty() {
        Response old = response("r", SampleSurvey.fullAnswers());
        Survey later = SampleSurvey.of(SampleSurvey.question("rank", false, null,
                new Ranking(SampleSurvey.options("a", "b", "c", "d"))));
        Response reread = Response.fromMap("r", old.toMap(), later);
        assertEquals(List.of("rank.a", "rank.b", "rank.c", "rank.d"), CsvParser.rows(ResponsesCsv.csv(later,
                List.of(reread))).get(0).subList(3, 7));
        assertEquals(List.of("2", "1", "3", ""), CsvParser.rows(ResponsesCsv.csv(later, List.of(reread))).get(1)
                .subList(3, 7));
    }

    @Test
    void aResponseOfNothingButRequiredAnswersStillFillsEveryColumn() {
        String csv = ResponsesCsv.csv(survey, List.of(response("r", Map.of("role", "pm", "remote", false, "nps", 0))));
        CsvParser.rows(csv).forEach(row -> assertEquals(HEADER.size(), row.size()));
    }
}
