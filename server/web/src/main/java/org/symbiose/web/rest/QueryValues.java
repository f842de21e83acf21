package org.symbiose.web.rest;

import java.util.List;
import org.symbiose.web.rest.problem.ClientError;
import org.symbiose.web.rest.problem.Problem;
import org.symbiose.web.rest.problem.ProblemType;

/**
 * Reads numeric query parameters: page sizes and ids (the {@code before} cursor, a parent, an
 * author). They arrive as text so that a non-number is a 400 naming the parameter, not the 404
 * JAX-RS gives a query parameter it cannot convert.
 */
public final class QueryValues {

    private QueryValues() {
    }

    /** The page size: {@code fallback} when absent, else between 1 and {@code max}. */
    public static int limit(String text, int fallback, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        long limit = number("limit", text);
        if (limit < 1 || limit > max) {
            throw invalid("limit", "must be between 1 and " + max);
        }
        return (int) limit;
    }

    /** An id: null when absent, else a positive number. */
    public static Long id(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        long id = number(field, text);
        if (id < 1) {
            throw invalid(field, "must be a positive id");
        }
        return id;
    }

    /** A whole number, or a 400 naming the parameter. */
    public static long number(String field, String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw invalid(field, "must be a whole number");
        }
    }

    /** A 400 naming one query parameter. */
    public static ClientError invalid(String field, String message) {
        Problem problem = ProblemType.VALIDATION.problem(field + " " + message)
                .withErrors(List.of(new Problem.FieldError(field, message)));
        return new ClientError(problem);
    }
}
