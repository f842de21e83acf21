package org.symbiose.core.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class AnalyzersTest {

    private final FieldAnalyzer analyzer = new FieldAnalyzer();

    private List<String> terms(Analyzer chosen, String text) {
        return AnalyzedToken.of(chosen, text).stream().map(AnalyzedToken::text).toList();
    }

    @Test
    void frenchStemsMeetWithAndWithoutAccents() {
        List<String> stems = terms(analyzer.french, "élève eleve élèves ELEVES");
        assertThat(stems).hasSize(4).containsOnly(stems.getFirst());
    }

    @Test
    void frenchIrregularPluralMeetsSingular() {
        assertThat(terms(analyzer.french, "chevaux")).isEqualTo(terms(analyzer.french, "cheval"));
    }

    @Test
    void frenchElisionAndGrammarWordsGo() {
        assertThat(terms(analyzer.french, "l'arbre")).isEqualTo(terms(analyzer.french, "arbre"));
        assertThat(terms(analyzer.french, "qu'il le fasse")).isEqualTo(terms(analyzer.french, "fasse"));
    }

    @Test
    void englishStemsMeet() {
        assertThat(terms(analyzer.english, "running")).isEqualTo(terms(analyzer.english, "run"));
        assertThat(terms(analyzer.english, "John's naïve")).isEqualTo(terms(analyzer.english, "john naive"));
        assertThat(terms(analyzer.english, "the")).isEmpty();
    }

    @Test
    void foldingKeepsWordsWholeAndGrammarWords() {
        assertThat(terms(analyzer.folding, "Élèves, l'Économie THE")).containsExactly("eleves", "economie", "the");
    }

    @Test
    void titlePrefixesAreEveryBeginning() {
        assertThat(terms(analyzer.getWrappedAnalyzer(IndexFields.TITLE_PREFIX), "Éco"))
                .containsExactly("e", "ec", "eco");
    }
}
