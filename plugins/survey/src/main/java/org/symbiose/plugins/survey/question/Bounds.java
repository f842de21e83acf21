package org.symbiose.plugins.survey.question;

import java.math.BigDecimal;
import org.symbiose.plugins.survey.ProblemCode;
import org.symbiose.plugins.survey.answer.Answer;

/**
 * The range a number or a day must fall in, either end open when null; shared so that numbers
 * and dates say "out of range" and "bad limits" alike.
 *
 * @param lowest  the smallest allowed, or null
 * @param highest the largest allowed, or null
 * @param <T>     numbers or days
 */
record Bounds<T extends Comparable<? super T>>(T lowest, T highest) {

    boolean contains(T value) {
        return (lowest == null || value.compareTo(lowest) >= 0) && (highest == null || value.compareTo(highest) <= 0);
    }

    /** Whether the ends are the right way round. */
    boolean ordered() {
        return lowest == null || highest == null || lowest.compareTo(highest) <= 0;
    }

    /** {@code value} accepted as {@code answer} when inside, else refused naming both ends. */
    AnswerCheck check(T value, Answer answer) {
        return contains(value) ? AnswerCheck.accepted(answer)
                : AnswerCheck.refused(ProblemCode.OUT_OF_RANGE, text(lowest), text(highest));
    }

    /** The ends as reasons show them, "…" for an open one. */
    String[] texts() {
        return new String[] {text(lowest), text(highest)};
    }

    private static String text(Object bound) {
        return switch (bound) {
            case null -> "…";
            case BigDecimal number -> number.toPlainString();
            default -> bound.toString();
        };
    }
}
