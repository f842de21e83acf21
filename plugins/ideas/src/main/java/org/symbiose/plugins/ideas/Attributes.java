package org.symbiose.plugins.ideas;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Reading item attributes and plugin records: JSON values, whose numbers come back from the
 * database as BigDecimal and whose instants are ISO-8601 text.
 */
public final class Attributes {

    private Attributes() {
    }

    public static Long number(Map<String, Object> values, String name) {
        return values.get(name) instanceof Number n ? n.longValue() : null;
    }

    public static String text(Map<String, Object> values, String name) {
        Object value = values.get(name);
        return value == null ? null : value.toString();
    }

    public static Instant instant(Map<String, Object> values, String name) {
        String value = text(values, name);
        return value == null ? null : Instant.parse(value);
    }

    public static boolean flag(Map<String, Object> values, String name) {
        return Boolean.TRUE.equals(values.get(name)) || "true".equals(values.get(name));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Map<String, Object> values, String name) {
        return values.get(name) instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> maps(Map<String, Object> values, String name) {
        return values.get(name) instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }
}
