package org.symbiose.plugins.faq;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The FAQ's texts ({@code /i18n/messages_<fr|en>.properties}) for what it says outside a page,
 * in a member's language: a notification (cut to the 300 characters it holds), a type's name.
 */
public final class FaqTexts {

    private static final int NOTICE = 300;

    private FaqTexts() {
    }

    /** The notice {@code key} in {@code language}, cut to what a notification holds. */
    public static String notice(Locale language, String key, Object... arguments) {
        String text = say(language, key, arguments);
        return text.length() <= NOTICE ? text : text.substring(0, NOTICE - 1) + "…";
    }

    /** The text {@code key} in {@code language} (French or else English), filled with {@code arguments}. */
    public static String say(Locale language, String key, Object... arguments) {
        Locale tag = "fr".equals(language.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
        ResourceBundle texts = ResourceBundle.getBundle("i18n.messages", tag, FaqTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(texts.getString(key), tag).format(arguments);
    }
}
