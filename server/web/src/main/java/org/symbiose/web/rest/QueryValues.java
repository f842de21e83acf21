package org.symbiose.web.rest;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;

/**
 * Reads query parameters: page sizes and ids (the {@code before} cursor, a parent, an author),
 * days and durations. They arrive as text so that a wrong value is a 400 naming the parameter,
 * not the 404 JAX-RS gives a query parameter it cannot convert.
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

    /** A day, {@code 2026-11-23}: null when absent. */
    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw invalid(field, "must be a date such as 2026-01-31");
        }
    }

    /** A positive ISO-8601 duration, {@code PT2H} or {@code P3D}: null when absent. */
    public static Duration duration(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Duration duration = Duration.parse(text.strip());
            if (duration.isNegative() || duration.isZero() || duration.toDays() > 36_500) {
                throw invalid(field, "must be a positive duration");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw invalid(field, "must be a duration such as PT2H or P3D");
        }
    }

    /** One of an enum's constants, any case: null when absent. */
    public static <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(field, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
    }

    /** A 400 naming one query parameter. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field, field + " " + message);
    }
}
