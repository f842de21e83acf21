package org.symbiose.plugins.survey.survey;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.survey.DashedName;
import org.symbiose.plugins.survey.MalformedShape;

/**
 * How a survey takes responses, beside its definition in the survey's item attributes.
 *
 * @param access        who responds
 * @param opensAt       when it starts taking responses, or null (once published)
 * @param closesAt      when it stops, or null
 * @param responseLimit most responses it takes, or null for no limit
 * @param anonymous     whether responses are kept without who gave them
 */
public record SurveySettings(SurveyAccess access, Instant opensAt, Instant closesAt, Integer responseLimit,
        boolean anonymous) {

    /** Most responses a limit may name. */
    public static final int MAX_LIMIT = 1_000_000;

    /** A new survey's: members, always open once published, no limit, not anonymous. */
    public static final SurveySettings DEFAULT = new SurveySettings(SurveyAccess.MEMBERS, null, null, null, false);

    /** Whether it takes responses at {@code now}, as far as dates go. */
    public boolean openAt(Instant now) {
        return (opensAt == null || !now.isBefore(opensAt)) && (closesAt == null || now.isBefore(closesAt));
    }

    /** These settings with what {@code input} sends changed; 400 on a bad value, naming it. */
    public SurveySettings with(SurveyInput input) {
        SurveyAccess newAccess = access;
        if (input.access != null) {
            try {
                newAccess = DashedName.of(SurveyAccess.class, input.access, "access");
            } catch (MalformedShape e) {
                throw new ProblemException(ProblemType.VALIDATION, "access", "Access is public, members or tokens");
            }
        }
        Instant opens = input.opensAt == null ? opensAt : instant(input.opensAt, "opensAt");
        Instant closes = input.closesAt == null ? closesAt : instant(input.closesAt, "closesAt");
        if (opens != null && closes != null && !opens.isBefore(closes)) {
            throw new ProblemException(ProblemType.VALIDATION, "closesAt", "A survey closes after it opens");
        }
        Integer limit = responseLimit;
        if (input.responseLimit != null) {
            if (input.responseLimit < 0 || input.responseLimit > MAX_LIMIT) {
                throw new ProblemException(ProblemType.VALIDATION, "responseLimit",
                        "A response limit is 1 to " + MAX_LIMIT + ", or 0 for none");
            }
            limit = input.responseLimit == 0 ? null : input.responseLimit;
        }
        return new SurveySettings(newAccess, opens, closes, limit,
                input.anonymous == null ? anonymous : input.anonymous);
    }

    private static Instant instant(String value, String field) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ProblemException(ProblemType.VALIDATION, field,
                    field + " is an ISO-8601 instant such as 2026-12-31T23:00:00Z");
        }
    }

    /** Puts these settings into an item's attributes. */
    public void writeTo(Map<String, Object> attributes) {
        attributes.put("access", access.key());
        put(attributes, "opensAt", opensAt == null ? null : opensAt.toString());
        put(attributes, "closesAt", closesAt == null ? null : closesAt.toString());
        put(attributes, "responseLimit", responseLimit);
        attributes.put("anonymous", anonymous);
    }

    private static void put(Map<String, Object> attributes, String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    /** The settings stored in an item's attributes by {@link #writeTo}. */
    public static SurveySettings of(Map<String, Object> attributes) {
        Object limit = attributes.get("responseLimit");
        return new SurveySettings(DashedName.of(SurveyAccess.class, String.valueOf(attributes.get("access")), "access"),
                stored(attributes, "opensAt"), stored(attributes, "closesAt"),
                limit instanceof Number n ? n.intValue() : null, Boolean.TRUE.equals(attributes.get("anonymous")));
    }

    private static Instant stored(Map<String, Object> attributes, String name) {
        Object value = attributes.get(name);
        return value == null ? null : Instant.parse(value.toString());
    }
}
