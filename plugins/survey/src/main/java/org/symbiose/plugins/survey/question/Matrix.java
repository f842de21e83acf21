package org.symbiose.plugins.survey.question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.SurveyProblem;
import org.symbiose.plugins.survey.answer.MatrixAnswer;

/**
 * Rows (statements) each rated on one scale (the columns): sent as {@code {"row": "column"}}. An
 * answered matrix answers every row: a row left out is refused naming it, since a half-filled
 * grid is most often a row the respondent missed, and results per row would not compare.
 *
 * @param rows    the statements; {@code randomized} shuffles them, never the scale
 * @param columns the scale's points, in order
 */
public record Matrix(OptionList rows, List<Option> columns) implements AnswerFormat {

    public Matrix {
        columns = List.copyOf(columns);
    }

    public List<String> columnKeys() {
        return columns.stream().map(Option::key).toList();
    }

    @Override
    public QuestionType type() {
        return QuestionType.MATRIX;
    }

    @Override
    public AnswerCheck read(Object json) {
        if (!(json instanceof Map<?, ?> sent)) {
            return AnswerCheck.refused(ProblemCode.WRONG_KIND);
        }
        for (Map.Entry<?, ?> cell : sent.entrySet()) {
            if (!(cell.getKey() instanceof String row) || !(cell.getValue() instanceof String)) {
                return AnswerCheck.refused(ProblemCode.WRONG_KIND);
            }
            if (!rows.has(row)) {
                return AnswerCheck.refused(ProblemCode.UNKNOWN_OPTION, row);
            }
            if (!columnKeys().contains((String) cell.getValue())) {
                return AnswerCheck.refused(ProblemCode.UNKNOWN_OPTION, cell.getValue());
            }
        }
        Map<String, String> answered = new LinkedHashMap<>();
        for (String row : rows.keys()) {
            if (!sent.containsKey(row)) {
                return AnswerCheck.refused(ProblemCode.MATRIX_ROW_MISSING, row);
            }
            answered.put(row, (String) sent.get(row));
        }
        return AnswerCheck.accepted(new MatrixAnswer(answered));
    }

    @Override
    public List<SurveyProblem> problems(String questionId, List<String> languages) {
        List<SurveyProblem> problems = new ArrayList<>(rows.problems(questionId, 1, languages));
        problems.addAll(new OptionList(columns, false).problems(questionId, 2, languages));
        return problems;
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        rows.putInto(map, "rows");
        map.put("columns", columns.stream().map(Option::toMap).toList());
        return map;
    }

    static Matrix fromMap(Map<String, Object> map, String path) {
        return new Matrix(OptionList.fromMap(map, "rows", path), OptionList.fromMap(map, "columns", path).options());
    }
}
