package org.symbiose.plugins.faq;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;

/**
 * Reading the FAQ's item attributes (JSON values: numbers come back as BigDecimal from the
 * database) and checking the values every input shares: languages and text lengths.
 */
public final class ItemValues {

    /** How long a claim in plugin data lasts when it is for good (a vote, a promotion): longer than any entry. */
    public static final Duration FOR_GOOD = Duration.ofDays(365L * 100);

    /** The languages of the FAQ. */
    public static final Set<String> LANGUAGES = Set.of("fr", "en");

    private ItemValues() {
    }

    public static Long number(Map<String, Object> attributes, String name) {
        Object value = attributes.get(name);
        return value instanceof Number n ? n.longValue() : null;
    }

    public static String text(Map<String, Object> attributes, String name) {
        Object value = attributes.get(name);
        return value == null ? null : value.toString();
    }

    public static Instant instant(Map<String, Object> attributes, String name) {
        String value = text(attributes, name);
        return value == null ? null : Instant.parse(value);
    }

    /** {@code fr} or {@code en}; 400 on {@code field} otherwise. */
    public static String language(String value, String field) {
        if (value == null || !LANGUAGES.contains(value)) {
            throw new ProblemException(ProblemType.VALIDATION, field, "A language is fr or en");
        }
        return value;
    }

    /** The text stripped, or 400 on {@code field} when blank (if required) or longer than {@code max}. */
    public static String bounded(String value, String field, int max, boolean required) {
        String stripped = value == null ? "" : value.strip();
        if (required && stripped.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, field, field + " cannot be empty");
        }
        if (stripped.length() > max) {
            throw new ProblemException(ProblemType.VALIDATION, field, field + " is longer than " + max + " characters");
        }
        return stripped;
    }
}
