package org.symbiose.plugins.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

/** What stored maps may hold: what the database gives back and JSON-B writes. */
public final class JsonShape {

    private JsonShape() {
    }

    /** Fails unless {@code value} is text, boolean, number, or a list or text-keyed map of them. */
    public static void assertJson(Object value) {
        switch (value) {
            case Map<?, ?> map -> map.forEach((k, v) -> {
                assertEquals(String.class, k.getClass());
                assertJson(v);
            });
            case List<?> list -> list.forEach(JsonShape::assertJson);
            case String s -> { }
            case Boolean b -> { }
            case Number n -> { }
            default -> throw new AssertionError("Not a JSON value: " + value.getClass());
        }
    }
}
