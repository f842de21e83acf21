package org.symbiose.core.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** A term an analyzer made of query text, at its position (gaps where grammar words were dropped). */
record AnalyzedToken(String text, int position) {

    static List<AnalyzedToken> of(Analyzer analyzer, String text) {
        List<AnalyzedToken> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new AnalyzedToken(term.toString(), position));
            }
            stream.end();
        } catch (IOException e) {
            // Analysing a string in memory reads no file.
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
