package org.symbiose.plugins.ideas;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The plugin's texts ({@code /i18n/messages_<fr|en>.properties}) for what it says outside a page,
 * in a member's language: notifications (cut to the 300 characters one holds), type names.
 */
public final class IdeasTexts {

    private static final int NOTICE = 300;

    private IdeasTexts() {
    }

    /** The notice {@code key} in {@code language}, cut to what a notification holds. */
    public static String notice(Locale language, String key, Object... arguments) {
        String text = say(language, key, arguments);
        return text.length() <= NOTICE ? text : text.substring(0, NOTICE - 1) + "…";
    }

    /** The text {@code key} in French when {@code language} is French, else in English. */
    public static String say(Locale language, String key, Object... arguments) {
        Locale chosen = language != null && "fr".equals(language.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
        ResourceBundle texts = ResourceBundle.getBundle("i18n.messages", chosen, IdeasTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(texts.getString(key), chosen).format(arguments);
    }
}
