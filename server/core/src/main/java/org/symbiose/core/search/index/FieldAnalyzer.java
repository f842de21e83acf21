package org.symbiose.core.search.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/**
 * The analyzer of each field: French and English stems for the "_fr" and "_en" fields, title beginnings for the
 * prefix field, folded words everywhere else. One instance serves all threads (analyzers reuse their components
 * per thread), so queries allocate none.
 */
final class FieldAnalyzer extends DelegatingAnalyzerWrapper {

    final Analyzer french = new FrenchStemmingAnalyzer();
    final Analyzer english = new EnglishStemmingAnalyzer();
    final Analyzer folding = new FoldingAnalyzer();
    private final Analyzer titlePrefix = new TitlePrefixAnalyzer();

    private static final int STEMS_GAP = 100;

    FieldAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        if (fieldName.endsWith("_fr")) {
            return french;
        }
        if (fieldName.endsWith("_en")) {
            return english;
        }
        return fieldName.equals(IndexFields.TITLE_PREFIX) ? titlePrefix : folding;
    }

    /** Keeps phrases from matching across the end of the text and the beginning of the title in one field. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return STEMS_GAP;
    }

    @Override
    public void close() {
        french.close();
        english.close();
        folding.close();
        titlePrefix.close();
        super.close();
    }
}
