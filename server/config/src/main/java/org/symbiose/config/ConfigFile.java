package org.symbiose.config;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The admin's configuration file (config/symbiose.properties in a checkout) as a MicroProfile
 * Config source.
 *
 * <p>Its ordinal sits below system properties (400) and environment variables (300), so a one-off
 * {@code -D} or container variable still wins, and above the built-in defaults (100).
 */
public final class ConfigFile implements ConfigSource {

    private static final int ORDINAL = 250;
    private final Map<String, String> properties = Settings.file();

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        String value = properties.get(propertyName);
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String getName() {
        return "Symbiose configuration file";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
