package org.symbiose.core.search.index;

import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;

/**
 * The few grammar words of each language that carry no meaning alone: left out of the stemmed fields, optional in
 * queries, and the votes of {@link LanguageDetector}. Kept short on purpose so that no real topic word (the French
 * "son", "été" or the English "will") is ever dropped.
 */
final class StopWords {

    static final Set<String> FRENCH = Set.of("le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et",
            "est", "sont", "en", "que", "qu", "qui", "dans", "pour", "pas", "sur", "au", "aux", "avec", "ce", "ces",
            "cet", "cette", "il", "elle", "ils", "elles", "nous", "vous", "je", "tu", "on", "ne", "se", "sa", "ses",
            "mais", "ou", "où", "par", "plus", "à", "y", "a", "c", "j", "n", "s", "m", "t");

    static final Set<String> ENGLISH = Set.of("the", "a", "an", "and", "of", "to", "in", "is", "are", "was",
            "were", "it", "its", "that", "this", "for", "on", "with", "as", "be", "by", "at", "from", "or", "not",
            "but", "have", "has", "you", "i", "we", "they", "he", "she", "there", "their", "which");

    static final CharArraySet FRENCH_SET = CharArraySet.unmodifiableSet(new CharArraySet(FRENCH, false));
    static final CharArraySet ENGLISH_SET = CharArraySet.unmodifiableSet(new CharArraySet(ENGLISH, false));

    private StopWords() {
    }

    /** Whether a lowercased word is a grammar word in either language. */
    static boolean contains(String word) {
        return FRENCH.contains(word) || ENGLISH.contains(word);
    }
}
