package org.symbiose.core.notification;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.symbiose.core.member.Members;

/**
 * What the core tells a member, as a message key and its values, said in the member's own
 * language when it is sent: the stored text is then a sentence they read (also through the REST
 * API), not a key. The words are in {@code notices_<fr|en>.properties} beside this class.
 * A value that is itself a notice is said in the same language; an instant as a date and time (UTC).
 *
 * @param key       the message key
 * @param arguments its values
 * @param fallback  what to say when no language has words for the key (a moderator's own reason
 *                  key), or null when the key must exist
 */
public record Notice(String key, List<Object> arguments, String fallback) {

    private static final String WORDS = "org.symbiose.core.notification.notices";
    private static final ResourceBundle.Control EXACT = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    public Notice {
        arguments = List.copyOf(arguments);
    }

    public static Notice of(String key, Object... arguments) {
        return new Notice(key, List.of(arguments), null);
    }

    /**
     * A reason as a word: {@code spam}, {@code off-topic}, {@code escalation}… (a flag's reason,
     * a sanction's); a key the core has no word for is said as it is.
     */
    public static Notice reason(String key) {
        return new Notice("reason." + key, List.of(), key);
    }

    /** The text in {@code language} ("fr" or "en"; another one is said in the default language). */
    public String in(String language) {
        Locale locale = Locale.forLanguageTag(Members.LOCALES.contains(language) ? language : Members.LOCALES.get(0));
        ResourceBundle words = ResourceBundle.getBundle(WORDS, locale, Notice.class.getClassLoader(), EXACT);
        String pattern;
        try {
            pattern = words.getString(key);
        } catch (MissingResourceException e) {
            if (fallback == null) {
                throw e;
            }
            return fallback;
        }
        if (arguments.isEmpty()) {
            return pattern;
        }
        Object[] values = arguments.stream().map(value -> said(value, locale)).toArray();
        return new MessageFormat(pattern, locale).format(values);
    }

    private static Object said(Object value, Locale locale) {
        if (value instanceof Notice notice) {
            return notice.in(locale.getLanguage());
        }
        if (value instanceof Instant instant) {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                    .withZone(ZoneOffset.UTC).format(instant) + " UTC";
        }
        return value;
    }
}
