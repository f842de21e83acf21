package org.symbiose.bench.search;

import java.util.List;

/**
 * The inflection rules of the generated text. Regular rules only: the word lists hold what they would get wrong,
 * and an odd form now and then does no harm to a benchmark.
 */
enum Language {

    FRENCH("fr") {
        @Override
        String plural(String word) {
            if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z")) {
                return word;
            }
            if (word.endsWith("al")) {
                return word.substring(0, word.length() - 2) + "aux";
            }
            return word.endsWith("eau") ? word + "x" : word + "s";
        }

        /** Infinitive, he/she, they, past participle for -er verbs; other verbs as listed. */
        @Override
        List<String> verbForms(String verb) {
            if (!verb.endsWith("er")) {
                return List.of(verb);
            }
            String stem = verb.substring(0, verb.length() - 2);
            return List.of(stem + "e", verb, stem + "ent", stem + "é");
        }
    },

    ENGLISH("en") {
        @Override
        String plural(String word) {
            if (word.endsWith("s") || word.endsWith("x") || word.endsWith("ch") || word.endsWith("sh")) {
                return word + "es";
            }
            return consonantY(word) ? word.substring(0, word.length() - 1) + "ies" : word + "s";
        }

        /** Third person, base, past, -ing. */
        @Override
        List<String> verbForms(String verb) {
            if (consonantY(verb)) {
                String stem = verb.substring(0, verb.length() - 1);
                return List.of(stem + "ies", verb, stem + "ied", verb + "ing");
            }
            if (verb.endsWith("e")) {
                return List.of(verb + "s", verb, verb + "d", verb.substring(0, verb.length() - 1) + "ing");
            }
            return List.of(plural(verb), verb, verb + "ed", verb + "ing");
        }

        private static boolean consonantY(String word) {
            return word.length() > 2 && word.endsWith("y") && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0;
        }
    };

    final String code;

    Language(String code) {
        this.code = code;
    }

    abstract String plural(String word);

    /** The forms of a verb, the one used most first. */
    abstract List<String> verbForms(String verb);
}
