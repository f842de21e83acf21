package org.symbiose.plugins.survey.question;

import org.symbiose.plugins.survey.DashedName;

/** How a single choice question shows its options: radio buttons, or a drop-down list for long ones. */
public enum ChoiceDisplay implements DashedName {
    RADIO,
    LIST;

    /** The display stored under {@code key}; radio when absent. */
    public static ChoiceDisplay of(String key, String path) {
        return key == null ? RADIO : DashedName.of(ChoiceDisplay.class, key, path);
    }
}
