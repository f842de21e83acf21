package org.symbiose.core.content;

import static org.symbiose.api.content.ContentStore.MAX_ATTRIBUTES;

import jakarta.json.bind.JsonbException;
import java.util.HashMap;
import java.util.Map;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.core.persistence.JsonMaps;

/**
 * An item's attributes as stored: one JSON object, and each top-level value as text, the form in
 * which queries compare them.
 *
 * @param json  the attributes as a JSON object
 * @param texts each attribute's value as text, by name
 */
record StoredAttributes(String json, Map<String, String> texts) {

    /** Longest attribute name, in characters (the size of {@code item_attribute.name}). */
    static final int MAX_NAME = 100;


    StoredAttributes {
        texts = Map.copyOf(texts);
    }

    /**
     * Checks and serializes attributes.
     *
     * @throws InvalidItemException (field {@code attributes}) if a name or value is missing, a
     *                              name too long, a value not JSON, or the JSON too large
     */
    static StoredAttributes of(Map<String, Object> attributes) {
        attributes.forEach((name, value) -> {
            if (name == null || name.isEmpty() || name.length() > MAX_NAME) {
                throw invalid("An attribute name has 1 to " + MAX_NAME + " characters");
            }
            if (value == null) {
                throw invalid("The attribute " + name + " has no value");
            }
        });
        String json = toJson(attributes);
        if (json.length() > MAX_ATTRIBUTES) {
            throw invalid("The attributes take more than " + MAX_ATTRIBUTES + " characters of JSON");
        }
        Map<String, String> texts = new HashMap<>();
        attributes.forEach((name, value) -> texts.put(name, text(value)));
        return new StoredAttributes(json, texts);
    }

    /** The attributes of stored JSON: String, Boolean, BigDecimal, List and Map values. */
    static Map<String, Object> read(String json) {
        return JsonMaps.read(json);
    }

    /** A value as queries compare it: a string as it is, anything else as its JSON. */
    private static String text(Object value) {
        return value instanceof String string ? string : toJson(value);
    }

    private static String toJson(Object value) {
        try {
            return JsonMaps.write(value);
        } catch (JsonbException e) {
            throw invalid("The attributes must be JSON values: " + e.getMessage());
        }
    }

    private static InvalidItemException invalid(String message) {
        return new InvalidItemException("attributes", message);
    }
}
