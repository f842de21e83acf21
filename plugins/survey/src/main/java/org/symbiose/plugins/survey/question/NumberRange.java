package org.symbiose.plugins.survey.question;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symbiose.plugins.survey.JsonValues;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.SurveyProblem;
import org.symbiose.plugins.survey.answer.NumberAnswer;

/**
 * A number within a range, with at most {@code decimals} digits after the point, and never past
 * ±{@value #LIMIT}: bounding both keeps results' sums exact in whole counters (see
 * {@code result.TallyDeltas}), whatever the range a manager leaves open.
 *
 * @param min      smallest allowed, or null
 * @param max      largest allowed, or null
 * @param decimals digits allowed after the point, 0 to {@value #MAX_DECIMALS}
 */
public record NumberRange(BigDecimal min, BigDecimal max, int decimals) implements AnswerFormat {

    public static final int MAX_DECIMALS = 4;
    /** The largest magnitude any number question takes. */
    public static final long LIMIT = 1_000_000_000L;

    private static final BigDecimal HIGHEST = BigDecimal.valueOf(LIMIT);
    private static final BigDecimal LOWEST = HIGHEST.negate();

    @Override
    public QuestionType type() {
        return QuestionType.NUMBER;
    }

    /** The range answers are checked against: the manager's, closed by the limit where open. */
    private Bounds<BigDecimal> bounds() {
        return new Bounds<>(min == null ? LOWEST : min, max == null ? HIGHEST : max);
    }

    @Override
    public AnswerCheck read(Object json) {
        if (!(json instanceof Number)) {
            return AnswerCheck.refused(ProblemCode.WRONG_KIND);
        }
        BigDecimal value = JsonValues.decimal(json, "");
        if (value.stripTrailingZeros().scale() > decimals) {
            return AnswerCheck.refused(ProblemCode.TOO_PRECISE, decimals);
        }
        return bounds().check(value, new NumberAnswer(value));
    }

    @Override
    public List<SurveyProblem> problems(String questionId, List<String> languages) {
        boolean fits = decimals >= 0 && decimals <= MAX_DECIMALS && bounds().ordered()
                && bounds().lowest().compareTo(LOWEST) >= 0 && bounds().highest().compareTo(HIGHEST) <= 0;
        return fits ? List.of() : List.of(SurveyProblem.of(questionId, ProblemCode.BAD_LIMITS, (Object[]) bounds().texts()));
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        if (min != null) {
            map.put("min", min);
        }
        if (max != null) {
            map.put("max", max);
        }
        map.put("decimals", decimals);
        return map;
    }

    static NumberRange fromMap(Map<String, Object> map, String path) {
        return new NumberRange(JsonValues.decimal(map, "min", path), JsonValues.decimal(map, "max", path),
                JsonValues.integer(map, "decimals", 0, path));
    }
}
