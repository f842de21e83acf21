package org.symbiose.plugins.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Strict reading of JSON-like maps (what a REST body and a stored record become): numbers may be
 * any {@link Number} (the database gives BigDecimal, tests give Integer), and a value of the wrong
 * JSON type is a {@link MalformedShape} naming its path rather than a ClassCastException later.
 */
public final class JsonValues {

    private JsonValues() {
    }

    /** A text, or null when absent. */
    public static String text(Map<String, Object> map, String name, String path) {
        Object value = map.get(name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new MalformedShape(at(path, name), "expected a text");
    }

    /** A text that must be there. */
    public static String requiredText(Map<String, Object> map, String name, String path) {
        String value = text(map, name, path);
        if (value == null) {
            throw new MalformedShape(at(path, name), "missing");
        }
        return value;
    }

    /** A number, or null when absent. */
    public static BigDecimal decimal(Map<String, Object> map, String name, String path) {
        return decimal(map.get(name), at(path, name));
    }

    /** A JSON number as a BigDecimal, or null for null. */
    public static BigDecimal decimal(Object value, String path) {
        return switch (value) {
            case null -> null;
            case BigDecimal d -> d;
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            case Number n -> new BigDecimal(n.toString());
            default -> throw new MalformedShape(path, "expected a number");
        };
    }

    /** A whole number, or {@code absent} when there is none. */
    public static int integer(Map<String, Object> map, String name, int absent, String path) {
        BigDecimal value = decimal(map, name, path);
        if (value == null) {
            return absent;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new MalformedShape(at(path, name), "expected a whole number");
        }
    }

    /** A boolean, false when absent. */
    public static boolean flag(Map<String, Object> map, String name, String path) {
        Object value = map.get(name);
        if (value == null || value instanceof Boolean) {
            return Boolean.TRUE.equals(value);
        }
        throw new MalformedShape(at(path, name), "expected true or false");
    }

    /** A nested object, or null when absent. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Map<String, Object> map, String name, String path) {
        Object value = map.get(name);
        if (value == null || value instanceof Map<?, ?>) {
            return (Map<String, Object>) value;
        }
        throw new MalformedShape(at(path, name), "expected an object");
    }

    /** A list of objects, empty when absent. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> maps(Map<String, Object> map, String name, String path) {
        List<Object> list = list(map, name, path);
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?>)) {
                throw new MalformedShape(at(path, name) + "[" + i + "]", "expected an object");
            }
        }
        return (List<Map<String, Object>>) (List<?>) list;
    }

    /** A list of texts, empty when absent. */
    @SuppressWarnings("unchecked")
    public static List<String> texts(Map<String, Object> map, String name, String path) {
        List<Object> list = list(map, name, path);
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String)) {
                throw new MalformedShape(at(path, name) + "[" + i + "]", "expected a text");
            }
        }
        return (List<String>) (List<?>) list;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> map, String name, String path) {
        Object value = map.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new MalformedShape(at(path, name), "expected a list");
    }

    /** {@code path.name}, or {@code name} at the top. */
    public static String at(String path, String name) {
        return path == null || path.isEmpty() ? name : path + "." + name;
    }
}
