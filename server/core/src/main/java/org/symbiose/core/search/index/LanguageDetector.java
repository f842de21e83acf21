package org.symbiose.core.search.index;

import java.util.Locale;

/**
 * Tells French from English by a vote of grammar words: each word of one language's list and not the other's is
 * a vote. Ties, and texts without any such word, are French, the community's main language.
 */
final class LanguageDetector {

    static final String FRENCH = "fr";
    static final String ENGLISH = "en";

    /** Enough words to decide; reading a whole long text would only cost time. */
    private static final int WORDS_READ = 300;

    private LanguageDetector() {
    }

    static String detect(String text) {
        int french = 0;
        int english = 0;
        int read = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            boolean isFrench = StopWords.FRENCH.contains(word);
            boolean isEnglish = StopWords.ENGLISH.contains(word);
            if (isFrench && !isEnglish) {
                french++;
            } else if (isEnglish && !isFrench) {
                english++;
            }
            if (++read == WORDS_READ) {
                break;
            }
        }
        return english > french ? ENGLISH : FRENCH;
    }

    /** The language to analyse an item in: its own when known, else the detected one. */
    static String languageOf(IndexedItem item) {
        String declared = item.language() == null ? "" : item.language().trim().toLowerCase(Locale.ROOT);
        if (declared.startsWith(FRENCH)) {
            return FRENCH;
        }
        if (declared.startsWith(ENGLISH)) {
            return ENGLISH;
        }
        return detect(item.title() + " " + item.text());
    }
}
