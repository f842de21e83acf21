package org.symbiose.plugins.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A text a manager wrote for respondents, in each language the survey declares: the English or
 * the French one may be null when the survey is offered in the other language only.
 *
 * @param en the English text, or null
 * @param fr the French text, or null
 */
public record Bilingual(String en, String fr) {

    public Bilingual {
        en = blankToNull(en);
        fr = blankToNull(fr);
    }

    /** The same text in both languages: option keys shown as is, tests. */
    public static Bilingual both(String text) {
        return new Bilingual(text, text);
    }

    /** No text at all: an optional help text left out. */
    public static Bilingual none() {
        return new Bilingual(null, null);
    }

    /** The text in {@code language} ({@code fr} or {@code en}), else in the other one. */
    public String in(String language) {
        if (Language.FR.equals(language)) {
            return fr != null ? fr : en;
        }
        return en != null ? en : fr;
    }

    /** The text for a reader of {@code locale}: French readers get French when there is one. */
    public String in(Locale locale) {
        return in(locale == null ? Language.EN : locale.getLanguage());
    }

    /** Whether it has no text in any language. */
    public boolean isEmpty() {
        return en == null && fr == null;
    }

    /** The declared languages it has no text in, in their order. */
    public List<String> missingIn(List<String> languages) {
        return languages.stream().filter(l -> (Language.FR.equals(l) ? fr : en) == null).toList();
    }

    /** A {@link ProblemCode#MISSING_TEXT} on {@code field} for each declared language it has no text in. */
    public List<SurveyProblem> problemsIn(List<String> languages, String field) {
        return missingIn(languages).stream().map(l -> SurveyProblem.of(field, ProblemCode.MISSING_TEXT, l)).toList();
    }

    /** Its stored shape: {@code {"en": …, "fr": …}}, a language without text left out. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        if (en != null) {
            map.put(Language.EN, en);
        }
        if (fr != null) {
            map.put(Language.FR, fr);
        }
        return map;
    }

    /** The text stored as {@link #toMap()}; none for null. */
    public static Bilingual fromMap(Map<String, Object> map, String path) {
        if (map == null) {
            return none();
        }
        return new Bilingual(JsonValues.text(map, Language.EN, path), JsonValues.text(map, Language.FR, path));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
