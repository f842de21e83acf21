package org.symbiose.core.persistence;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;

/** JSON objects kept in text columns: written from maps, read back as maps of JSON values. */
public final class JsonMaps {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Type MAP_TYPE = new HashMap<String, Object>() { }.getClass().getGenericSuperclass();

    private JsonMaps() {
    }

    /** @throws jakarta.json.bind.JsonbException if a value is not a JSON value */
    public static String write(Object value) {
        return JSONB.toJson(value);
    }

    /** String, Boolean, BigDecimal, List and Map values. */
    public static Map<String, Object> read(String json) {
        return JSONB.fromJson(json, MAP_TYPE);
    }
}
