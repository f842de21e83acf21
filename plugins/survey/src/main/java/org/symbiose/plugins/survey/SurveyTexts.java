package org.symbiose.plugins.survey;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The plugin's own texts ({@code /i18n/messages_<fr|en>.properties}), the way the other plugins
 * keep theirs: problem reasons and codebook headings, in a reader's language.
 */
public final class SurveyTexts {

    private SurveyTexts() {
    }

    /** The text {@code key} in both languages, for what is written once for every reader (a codebook). */
    public static Bilingual both(String key, Object... arguments) {
        return new Bilingual(say(Locale.ENGLISH, key, arguments), say(Locale.FRENCH, key, arguments));
    }

    /** The text {@code key} in French when {@code language} is French, else in English. */
    public static String say(Locale language, String key, Object... arguments) {
        Locale chosen = language != null && Language.FR.equals(language.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
        ResourceBundle texts = ResourceBundle.getBundle("i18n.messages", chosen, SurveyTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(texts.getString(key), chosen).format(arguments);
    }
}
