package org.symbiose.plugins.survey.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symbiose.plugins.survey.question.ChoiceQuestionsTest.assertRefused;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.SampleSurvey;
import org.symbiose.plugins.survey.answer.MatrixAnswer;
import org.symbiose.plugins.survey.answer.RankingAnswer;

/** Matrices and rankings: answers that cover every row or option. */
class GridQuestionsTest {

    private final Matrix matrix = new Matrix(SampleSurvey.options("speed", "quality"),
            SampleSurvey.options("bad", "ok", "good").options());
    private final Ranking ranking = new Ranking(SampleSurvey.options("a", "b", "c"));

    @Test
    void aMatrixAnswersEveryRowWithAColumn() {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("quality", "good");
        rows.put("speed", "ok");
        MatrixAnswer answer = (MatrixAnswer) matrix.read(rows).answer();
        assertEquals(List.of("speed", "quality"), List.copyOf(answer.rows().keySet()), "kept in the matrix's order");
        assertEquals("good", answer.rows().get("quality"));
    }

    @Test
    void aMatrixRefusesMissingRowsAndUnknownCells() {
        assertRefused(ProblemCode.MATRIX_ROW_MISSING, matrix.read(Map.of("speed", "ok")), "quality");
        assertRefused(ProblemCode.UNKNOWN_OPTION, matrix.read(Map.of("speed", "ok", "quality", "great")), "great");
        assertRefused(ProblemCode.UNKNOWN_OPTION, matrix.read(Map.of("speed", "ok", "quality", "ok", "price", "ok")),
                "price");
        assertRefused(ProblemCode.WRONG_KIND, matrix.read(List.of("ok")));
        assertRefused(ProblemCode.WRONG_KIND, matrix.read(Map.of("speed", 1, "quality", "ok")));
    }

    @Test
    void aMatrixNeedsARowAndTwoColumns() {
        assertEquals(List.of(ProblemCode.TOO_FEW_OPTIONS), new Matrix(SampleSurvey.options("r"),
                SampleSurvey.options("x").options()).problems("q", List.of("en")).stream().map(p -> p.code()).toList());
    }

    @Test
    void aRankingOrdersEveryOptionOnce() {
        RankingAnswer answer = (RankingAnswer) ranking.read(List.of("c", "a", "b")).answer();
        assertEquals(1, answer.rankOf("c"));
        assertEquals(3, answer.rankOf("b"));
        assertRefused(ProblemCode.RANKING_INCOMPLETE, ranking.read(List.of("c", "a")), "b");
        assertRefused(ProblemCode.DUPLICATE_CHOICE, ranking.read(List.of("c", "a", "a")), "a");
        assertRefused(ProblemCode.UNKNOWN_OPTION, ranking.read(List.of("c", "a", "z")), "z");
        assertRefused(ProblemCode.WRONG_KIND, ranking.read("a"));
    }
}
