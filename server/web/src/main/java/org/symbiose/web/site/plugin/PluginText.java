package org.symbiose.web.site.plugin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.symbiose.core.plugin.PluginHost;
import org.symbiose.web.site.LanguageChoice;

/**
 * Plugins' texts in the page language, for their Facelets: {@code #{pluginText.get('hello', 'page.title')}}
 * reads {@code /i18n/messages_<fr|en>.properties} (UTF-8) from the plugin's bundle. A missing text
 * shows as {@code ???key???}, as the site's own messages do.
 */
@Named
@RequestScoped
public class PluginText {

    @Inject
    private PluginHost host;

    @Inject
    private LanguageChoice language;

    private final Map<String, Properties> loaded = new HashMap<>();

    public String get(String plugin, String key) {
        return getOr(plugin, key, "???" + key + "???");
    }

    /** The plugin's text of {@code key}, or {@code fallback} when it has none. */
    public String getOr(String plugin, String key, String fallback) {
        Properties texts = loaded.computeIfAbsent(plugin, this::load);
        return texts.getProperty(key, fallback);
    }

    /**
     * The plugin's text of {@code key} with {@code {0}} replaced by {@code value}: a plain
     * replacement, not {@link java.text.MessageFormat}, whose quoting rules would break every
     * French apostrophe.
     */
    public String filled(String plugin, String key, String value) {
        return get(plugin, key).replace("{0}", value == null ? "" : value);
    }

    private Properties load(String plugin) {
        Properties texts = new Properties();
        host.entry(plugin, "/i18n/messages_" + language.getTag() + ".properties").ifPresent(url -> read(url, texts));
        return texts;
    }

    private static void read(URL url, Properties into) {
        try (Reader in = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
            into.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + url, e);
        }
    }
}
