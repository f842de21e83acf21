package org.symbiose.plugins.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How many characters a JSON-like value takes once written compactly, as the core writes records
 * and attributes (JSON-B: no spaces, quotes, backslashes and control characters escaped, other
 * characters as they are). The storage refuses values past its limits only when they are written;
 * measuring first lets a survey or a response be refused with a reason, before anything is stored.
 */
public final class JsonLength {

    private JsonLength() {
    }

    public static int of(Object value) {
        return switch (value) {
            case null -> 4;
            case String text -> text(text);
            case Boolean flag -> flag ? 4 : 5;
            case BigDecimal number -> number.toString().length();
            case Number number -> number.toString().length();
            case Map<?, ?> map -> 2 + Math.max(0, map.size() - 1) + map.entrySet().stream()
                    .mapToInt(e -> text(String.valueOf(e.getKey())) + 1 + of(e.getValue())).sum();
            case List<?> list -> 2 + Math.max(0, list.size() - 1) + list.stream().mapToInt(JsonLength::of).sum();
            default -> throw new IllegalArgumentException("Not a JSON value: " + value.getClass());
        };
    }

    private static int text(String text) {
        int length = 2;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f') {
                length += 2;
            } else if (c < 0x20) {
                length += 6;
            } else {
                length += 1;
            }
        }
        return length;
    }
}
