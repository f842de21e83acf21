package org.symbiose.plugins.survey.question;

import java.util.Arrays;
import org.symbiose.plugins.survey.MalformedDefinition;

/** How a single choice question shows its options: radio buttons, or a drop-down list for long ones. */
public enum ChoiceDisplay {
    RADIO("radio"),
    LIST("list");

    private final String key;

    ChoiceDisplay(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The display stored under {@code key}; radio when absent. */
    public static ChoiceDisplay of(String key, String path) {
        if (key == null) {
            return RADIO;
        }
        return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst()
                .orElseThrow(() -> new MalformedDefinition(path, "unknown display " + key));
    }
}
