package org.symbiose.core.plugin;

/**
 * A plugin's setting as administrators see it.
 *
 * @param key          {@code <plugin-id>.<name>}
 * @param plugin       the declaring plugin
 * @param label        what it sets
 * @param defaultValue its declared default
 * @param pattern      what every value must match
 * @param value        its current value
 */
public record DeclaredSetting(String key, String plugin, String label, String defaultValue, String pattern,
        String value) {
}
