package org.symbiose.core.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    @Test
    void frenchGrammarWordsMakeFrench() {
        assertThat(LanguageDetector.detect("Le chat est sur la table et il dort")).isEqualTo("fr");
    }

    @Test
    void englishGrammarWordsMakeEnglish() {
        assertThat(LanguageDetector.detect("The cat is on the table and it sleeps")).isEqualTo("en");
    }

    @Test
    void wordsOfBothListsDoNotVote() {
        // "a" and "on" are grammar words in both languages.
        assertThat(LanguageDetector.detect("a on a on the")).isEqualTo("en");
    }

    @Test
    void noGrammarWordAndTiesAreFrench() {
        assertThat(LanguageDetector.detect("")).isEqualTo("fr");
        assertThat(LanguageDetector.detect("Kubernetes Docker")).isEqualTo("fr");
        assertThat(LanguageDetector.detect("the le")).isEqualTo("fr");
    }

    @Test
    void declaredLanguageWinsOverDetection() {
        IndexedItem english = TestItem.of(1).language("en").text("le chat est sur la table").build();
        IndexedItem regional = TestItem.of(2).language("fr-CA").text("the cat is on the table").build();
        IndexedItem unknown = TestItem.of(3).language(null).text("the cat is on the table").build();
        assertThat(LanguageDetector.languageOf(english)).isEqualTo("en");
        assertThat(LanguageDetector.languageOf(regional)).isEqualTo("fr");
        assertThat(LanguageDetector.languageOf(unknown)).isEqualTo("en");
    }
}
