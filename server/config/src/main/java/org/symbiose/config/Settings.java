package org.symbiose.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Symbiose's configuration, resolved as MicroProfile Config resolves it for the application:
 * system property, then environment variable ({@code SYMBIOSE_DB_URL} for
 * {@code symbiose.db.url}), then the admin's file ({@code -Dsymbiose.config}), then the built-in
 * defaults; {@code ${name}} references expand.
 *
 * <p>The application reads settings through MicroProfile Config, fed by {@link ConfigFile}. This
 * class serves what runs before or outside the application's configuration: the datasource,
 * which the server creates at deployment.
 */
public final class Settings {

    /** Where the built-in defaults are, also read by MicroProfile Config. */
    static final String DEFAULTS = "META-INF/microprofile-config.properties";
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}:]+)}");
    private static final int MAX_DEPTH = 10;

    private Settings() {
    }

    /** The admin's file, named by {@code symbiose.config} / {@code SYMBIOSE_CONFIG}; empty when none. */
    static Map<String, String> file() {
        String location = System.getProperty("symbiose.config", System.getenv("SYMBIOSE_CONFIG"));
        if (location == null || location.isBlank()) {
            return Map.of();
        }
        try (InputStream in = Files.newInputStream(Path.of(location))) {
            return load(in);
        } catch (IOException e) {
            // A server that silently ignored its configuration would run on the wrong database.
            throw new UncheckedIOException("Cannot read the Symbiose configuration file " + location, e);
        }
    }

    /** A setting's value, or empty when nothing sets it. */
    public static Optional<String> value(String name) {
        Map<String, String> file = file();
        Map<String, String> defaults = defaults();
        return Optional.ofNullable(expand(name, key -> raw(key, file, defaults), 0));
    }

    private static String raw(String name, Map<String, String> file, Map<String, String> defaults) {
        String env = name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
        for (String value : new String[] {System.getProperty(name), System.getenv(env), file.get(name),
                defaults.get(name)}) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String expand(String name, Function<String, String> lookup, int depth) {
        String value = lookup.apply(name);
        if (value == null || depth > MAX_DEPTH) {
            return value;
        }
        Matcher reference = REFERENCE.matcher(value);
        StringBuilder expanded = new StringBuilder();
        while (reference.find()) {
            String inner = expand(reference.group(1), lookup, depth + 1);
            reference.appendReplacement(expanded, Matcher.quoteReplacement(inner == null ? "" : inner));
        }
        reference.appendTail(expanded);
        return expanded.toString();
    }

    private static Map<String, String> defaults() {
        URL url = Settings.class.getClassLoader().getResource(DEFAULTS);
        if (url == null) {
            return Map.of();
        }
        try (InputStream in = url.openStream()) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> load(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        return Map.copyOf((Map<String, String>) (Map<?, ?>) properties);
    }
}
