package org.symbiose.plugins.survey.question;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symbiose.plugins.survey.JsonValues;
import org.symbiose.plugins.survey.MalformedShape;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.SurveyProblem;
import org.symbiose.plugins.survey.answer.DateAnswer;

/**
 * A day, sent as ISO {@code yyyy-mm-dd}, between two days when the manager sets them.
 *
 * @param earliest first allowed day, or null
 * @param latest   last allowed day, or null
 */
public record DateRange(LocalDate earliest, LocalDate latest) implements AnswerFormat {

    @Override
    public QuestionType type() {
        return QuestionType.DATE;
    }

    private Bounds<LocalDate> bounds() {
        return new Bounds<>(earliest, latest);
    }

    @Override
    public AnswerCheck read(Object json) {
        if (!(json instanceof String text)) {
            return AnswerCheck.refused(ProblemCode.WRONG_KIND);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return AnswerCheck.refused(ProblemCode.NOT_A_DATE, text);
        }
        return bounds().check(date, new DateAnswer(date));
    }

    @Override
    public List<SurveyProblem> problems(String questionId, List<String> languages) {
        return bounds().ordered() ? List.of()
                : List.of(SurveyProblem.of(questionId, ProblemCode.BAD_LIMITS, (Object[]) bounds().texts()));
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        if (earliest != null) {
            map.put("earliest", earliest.toString());
        }
        if (latest != null) {
            map.put("latest", latest.toString());
        }
        return map;
    }

    static DateRange fromMap(Map<String, Object> map, String path) {
        return new DateRange(day(map, "earliest", path), day(map, "latest", path));
    }

    private static LocalDate day(Map<String, Object> map, String name, String path) {
        String text = JsonValues.text(map, name, path);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedShape(JsonValues.at(path, name), "expected yyyy-mm-dd");
        }
    }
}
