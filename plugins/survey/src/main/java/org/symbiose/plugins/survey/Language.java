package org.symbiose.plugins.survey;

import java.util.List;

/** The languages a survey may be offered in, as their ISO 639-1 codes, which is how they are stored. */
public final class Language {

    public static final String EN = "en";
    public static final String FR = "fr";
    /** Every language the platform speaks, in the order forms show them. */
    public static final List<String> ALL = List.of(FR, EN);

    private Language() {
    }

    /** Whether the platform speaks {@code code}. */
    public static boolean known(String code) {
        return ALL.contains(code);
    }
}
