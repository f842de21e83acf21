package org.symbiose.core.search.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The fragment shown under each hit: about {@link #LENGTH} characters of the text around the matched words, or
 * of the title when the text has none, HTML-escaped, with the matches in {@code <mark>}. The folded fields hold
 * the stored text, and the stemmed fields are "masked" into the text's so that a match on a stem ("chevaux" for
 * "cheval") is highlighted too, from offsets kept in the postings.
 */
final class Snippets {

    static final int LENGTH = 200;

    /**
     * The stemmed fields hold the text first, so their offsets up to the text's end are the text's; the
     * highlighter ignores the offsets past it (the title's). A title is highlighted by its folded words only.
     */
    private static final Map<String, Set<String>> MASKED = Map.of(
            IndexFields.TEXT, Set.of(IndexFields.TEXT, IndexFields.STEMS_FR, IndexFields.STEMS_EN));
    /** Places the matches in the middle of the fragment. */
    private static final float CENTERED = 0.5f;
    private static final String[] FIELDS = {IndexFields.TEXT, IndexFields.TITLE};

    private Snippets() {
    }

    /**
     * The snippets of the given documents, in their order; without a match, the beginning of the text. The texts
     * and titles are those already read for the hits.
     */
    static String[] highlight(IndexSearcher searcher, FieldAnalyzer analyzer, Query query, int[] docIds,
            String[] texts, String[] titles) throws IOException {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), LENGTH - 40, CENTERED))
                .withMaskedFieldsFunc(field -> MASKED.getOrDefault(field, Set.of()))
                .withMaxNoHighlightPassages(0)
                // Term-based matching: per-hit Weight.matches() over the fields' disjunctions costs more
                // than the whole search; phrases are still highlighted strictly.
                .withWeightMatches(false);
        Map<Integer, Integer> hitOf = new HashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            hitOf.put(docIds[i], i);
        }
        UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
            // The hits' stored fields were just read and decompressed: reading them again cost as much as the rest.
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                    int cacheCharsThreshold) throws IOException {
                List<CharSequence[]> loaded = new ArrayList<>();
                for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                    int hit = hitOf.get(doc);
                    CharSequence[] values = new CharSequence[fields.length];
                    for (int f = 0; f < fields.length; f++) {
                        values[f] = fields[f].equals(IndexFields.TITLE) ? titles[hit] : texts[hit];
                    }
                    loaded.add(values);
                }
                return loaded;
            }
        };
        Map<String, String[]> found = highlighter.highlightFields(FIELDS, query, docIds, new int[] {1, 1});
        String[] snippets = new String[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            String text = found.get(IndexFields.TEXT)[i];
            String title = found.get(IndexFields.TITLE)[i];
            snippets[i] = text != null ? text : title != null ? title : beginning(texts[i]);
        }
        return snippets;
    }

    /** The escaped beginning of a text, cut at a word. */
    static String beginning(String text) {
        if (text.length() <= LENGTH) {
            return escape(text);
        }
        int cut = text.lastIndexOf(' ', LENGTH);
        return escape(text.substring(0, cut > LENGTH / 2 ? cut : LENGTH)) + "…";
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#x27;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
