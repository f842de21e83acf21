package org.symbiose.core.search.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Every beginning of every folded title word ("eco", "econ"… of "Économie"), so that completing what people type
 * is one term lookup instead of a prefix query expanding to thousands of terms on a one- or two-letter prefix.
 * Titles are short, so the extra terms cost little.
 */
final class TitlePrefixAnalyzer extends Analyzer {

    /** Longer prefixes are looked up with a prefix query on the folded title, which is cheap that long. */
    static final int LONGEST_PREFIX = 20;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new EdgeNGramTokenFilter(stream, 1, LONGEST_PREFIX, true);
        return new TokenStreamComponents(source, stream);
    }
}
