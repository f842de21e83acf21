package org.symbiose.core.search.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English words reduced to a stem: possessive 's removed, lowercase, grammar words dropped, accent folding, then
 * Porter stemming ("running" meets "run"). Folding comes before stemming here because the Porter rules only know
 * plain ASCII letters ("naïve" must become "naive" to lose its "e").
 */
final class EnglishStemmingAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, StopWords.ENGLISH_SET);
        stream = new ASCIIFoldingFilter(stream);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
