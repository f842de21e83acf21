package org.symbiose.spi.setting;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A setting a plugin declares.
 *
 * @param key          {@code <plugin-id>.<name>}, for example {@code forum.page-size}
 * @param label        what it sets, for administrators
 * @param defaultValue its value until an administrator changes it
 * @param pattern      a regular expression every value must match entirely
 */
public record Setting(String key, String label, String defaultValue, String pattern) {
    public Setting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(pattern, "pattern");
        if (!Pattern.matches(pattern, defaultValue)) {
            throw new IllegalArgumentException("The default of " + key + " does not match its own pattern " + pattern);
        }
    }
}
