package org.symbiose.plugins.survey.logic;

import java.util.Arrays;
import org.symbiose.plugins.survey.MalformedDefinition;

/** How a condition compares an earlier answer, by the key it is stored with. */
public enum Operator {
    /** The answer is this value (for a multiple choice: this option is among those chosen). */
    EQUALS("equals"),
    /** The answer is one of these values (multiple choice: one of them is chosen). */
    AMONG("among"),
    /** The number, rating, score or day is above this one. */
    GREATER_THAN("greater-than"),
    /** The question has an answer, whatever it is. */
    ANSWERED("answered");

    private final String key;

    Operator(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Operator of(String key, String path) {
        return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst()
                .orElseThrow(() -> new MalformedDefinition(path, "unknown operator " + key));
    }
}
