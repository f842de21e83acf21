package org.symbiose.plugins.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleSuggestionsTest {

    @Test
    void searchesTheTitlesLongestWordsWithoutTheQueryLanguage() {
        assertEquals(List.of("password", "reset", "how"), TitleSuggestions.words("How do I reset my PASSWORD?"));
        assertEquals(List.of("phrase", "author", "bob"), TitleSuggestions.words("\"phrase\" -bob author:x"));
        assertEquals(List.of("réinitialiser", "passe", "mon", "mot"), TitleSuggestions.words("Réinitialiser mon mot de passe"));
        assertEquals(List.of(), TitleSuggestions.words("a b ?"));
    }

    @Test
    void keepsAtMostFourWordsOnceEach() {
        assertEquals(4, TitleSuggestions.words("alpha beta gamma delta epsilon alpha").size());
    }
}
