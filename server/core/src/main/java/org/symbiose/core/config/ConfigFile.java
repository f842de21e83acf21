package org.symbiose.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The admin's configuration file (config/symbiose.properties in a checkout), named by the system
 * property or environment variable {@code symbiose.config} / {@code SYMBIOSE_CONFIG}.
 *
 * <p>Its ordinal sits below system properties (400) and environment variables (300), so a one-off
 * {@code -D} or container variable still wins, and above the built-in defaults (100).
 */
public final class ConfigFile implements ConfigSource {

    private static final int ORDINAL = 250;
    private final Map<String, String> properties;
    private final String name;

    public ConfigFile() {
        String location = System.getProperty("symbiose.config", System.getenv("SYMBIOSE_CONFIG"));
        this.name = "symbiose config file " + location;
        this.properties = location == null || location.isBlank() ? Map.of() : read(Path.of(location));
    }

    private static Map<String, String> read(Path file) {
        Properties loaded = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            loaded.load(in);
        } catch (IOException e) {
            // A server that silently ignores its configuration would run on the wrong database.
            throw new UncheckedIOException("Cannot read the Symbiose configuration file " + file, e);
        }
        return Map.copyOf((Map<String, String>) (Map<?, ?>) loaded);
    }

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
        return name;
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
