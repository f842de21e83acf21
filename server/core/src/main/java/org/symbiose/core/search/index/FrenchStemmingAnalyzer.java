package org.symbiose.core.search.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * French words reduced to a stem: elision (l', d', qu'…), lowercase, grammar words dropped, light stemming, then
 * accent folding. Stemming comes before folding because the stemmer's suffix rules know accented endings and
 * already fold what they keep, so "élèves", "élève" and "eleve" all meet, and "chevaux" meets "cheval".
 */
final class FrenchStemmingAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, StopWords.FRENCH_SET);
        stream = new FrenchLightStemFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
