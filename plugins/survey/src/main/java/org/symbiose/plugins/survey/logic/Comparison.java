package org.symbiose.plugins.survey.logic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symbiose.plugins.survey.answer.Answer;
import org.symbiose.plugins.survey.answer.ChoiceAnswer;
import org.symbiose.plugins.survey.answer.DateAnswer;
import org.symbiose.plugins.survey.answer.NumberAnswer;
import org.symbiose.plugins.survey.answer.TextAnswer;
import org.symbiose.plugins.survey.answer.YesNoAnswer;

/**
 * One test of an earlier answer. Values are texts whatever the question's type (option keys,
 * {@code yes}/{@code no}, {@code 7}, {@code 2026-03-01}), so one shape stores them all; the
 * save-time check ({@code definition.LogicCheck}) makes sure they mean something for the type.
 *
 * @param questionId the earlier question
 * @param operator   how it is compared
 * @param values     one value for equals and greater-than, one or more for among, none for answered
 */
public record Comparison(String questionId, Operator operator, List<String> values) implements Condition {

    public Comparison {
        values = List.copyOf(values);
    }

    public static Comparison of(String questionId, Operator operator, String... values) {
        return new Comparison(questionId, operator, List.of(values));
    }

    @Override
    public boolean holdsFor(Map<String, Answer> answers) {
        Answer answer = answers.get(questionId);
        if (answer == null) {
            return false;
        }
        return switch (operator) {
            case ANSWERED -> true;
            case EQUALS -> !values.isEmpty() && is(answer, values.get(0));
            case AMONG -> values.stream().anyMatch(v -> is(answer, v));
            case GREATER_THAN -> !values.isEmpty() && above(answer, values.get(0));
        };
    }

    /** Whether {@code answer} is {@code value}; a value that does not parse for the type is never equal. */
    static boolean is(Answer answer, String value) {
        try {
            return switch (answer) {
                case ChoiceAnswer choice -> choice.chose(value);
                case YesNoAnswer yesNo -> yesNo.key().equals(value);
                case TextAnswer text -> text.text().equalsIgnoreCase(value.strip());
                case NumberAnswer number -> number.value().compareTo(new BigDecimal(value)) == 0;
                case DateAnswer date -> date.date().equals(LocalDate.parse(value));
                default -> false;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            return false;
        }
    }

    static boolean above(Answer answer, String value) {
        try {
            return switch (answer) {
                case NumberAnswer number -> number.value().compareTo(new BigDecimal(value)) > 0;
                case DateAnswer date -> date.date().isAfter(LocalDate.parse(value));
                default -> false;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            return false;
        }
    }

    @Override
    public List<Comparison> comparisons() {
        return List.of(this);
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("question", questionId);
        map.put("operator", operator.key());
        map.put("values", values);
        return map;
    }
}
