package org.symbiose.plugins.forum;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The forum's texts ({@code /i18n/messages_<fr|en>.properties}, the ones its pages show) for what
 * it says outside a page, in a member's language: a notification. A language the forum has no
 * texts for is said in English.
 */
final class Texts {

    private static final Map<String, Properties> LOADED = new ConcurrentHashMap<>();

    private Texts() {
    }

    /** The text of {@code key} in {@code language}, a MessageFormat pattern filled with {@code arguments}. */
    static String say(Locale language, String key, Object... arguments) {
        String tag = "fr".equals(language.getLanguage()) ? "fr" : "en";
        String pattern = LOADED.computeIfAbsent(tag, Texts::load).getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("No forum text " + key + " in " + tag);
        }
        return new MessageFormat(pattern, Locale.forLanguageTag(tag)).format(arguments);
    }

    private static Properties load(String tag) {
        Properties texts = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("/i18n/messages_" + tag + ".properties")) {
            if (in != null) {
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    texts.load(reader);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the forum's texts in " + tag, e);
        }
        return texts;
    }
}
