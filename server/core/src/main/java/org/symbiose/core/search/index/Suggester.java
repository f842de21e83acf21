package org.symbiose.core.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.symbiose.api.search.Suggestion;

/**
 * As-you-type completions: tags starting with what was typed, most used first, then titles whose words complete
 * it (earlier words whole, the last one a beginning), best matches first. Tags take at most a third of the list
 * when titles can fill the rest.
 */
final class Suggester {

    /** Enough tags to choose the most used from without walking a huge vocabulary. */
    private static final int TAG_CANDIDATES = 100;

    private final FieldAnalyzer analyzer;

    Suggester(FieldAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    List<Suggestion> suggest(IndexSearcher searcher, String prefix, int limit, Query visible) throws IOException {
        if (prefix == null || prefix.isBlank() || limit < 1 || prefix.length() > QueryTextParser.LONGEST_QUERY) {
            return List.of();
        }
        List<Suggestion> tags = tags(searcher, TextFolding.fold(prefix), limit, visible);
        List<Suggestion> titles = titles(searcher, prefix, limit, visible);
        int tagCount = Math.min(tags.size(), Math.max(limit - titles.size(), Math.max(1, limit / 3)));
        List<Suggestion> suggestions = new ArrayList<>(tags.subList(0, tagCount));
        titles.stream().limit(limit - tagCount).forEach(suggestions::add);
        return List.copyOf(suggestions);
    }

    private record Candidate(BytesRef term, int frequency) {
    }

    private List<Suggestion> tags(IndexSearcher searcher, String prefix, int limit, Query visible)
            throws IOException {
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), IndexFields.TAG);
        if (terms == null) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        TermsEnum iterator = terms.iterator();
        BytesRef start = new BytesRef(prefix);
        if (iterator.seekCeil(start) != TermsEnum.SeekStatus.END) {
            do {
                BytesRef term = iterator.term();
                if (!startsWith(term, start)) {
                    break;
                }
                candidates.add(new Candidate(BytesRef.deepCopyOf(term), iterator.docFreq()));
            } while (candidates.size() < TAG_CANDIDATES && iterator.next() != null);
        }
        candidates.sort(Comparator.comparingInt(Candidate::frequency).reversed());
        List<Suggestion> tags = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (tags.size() == limit) {
                break;
            }
            String folded = candidate.term().utf8ToString();
            TopDocs visibleOne = searcher.search(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.TAG, folded)), Occur.FILTER)
                    .add(visible, Occur.FILTER)
                    .build(), 1);
            if (visibleOne.scoreDocs.length > 0) {
                tags.add(new Suggestion(tagAsWritten(searcher, visibleOne.scoreDocs[0], folded), "tag", null));
            }
        }
        return tags;
    }

    private static boolean startsWith(BytesRef term, BytesRef prefix) {
        return term.length >= prefix.length && Arrays.equals(term.bytes, term.offset,
                term.offset + prefix.length, prefix.bytes, prefix.offset, prefix.offset + prefix.length);
    }

    /** The tag as its item spells it, since the index only keeps the folded form searchable. */
    private static String tagAsWritten(IndexSearcher searcher, ScoreDoc hit, String folded) throws IOException {
        Document document = searcher.storedFields().document(hit.doc);
        for (IndexableField tag : document.getFields(IndexFields.TAG_NAME)) {
            if (TextFolding.fold(tag.stringValue()).equals(folded)) {
                return tag.stringValue();
            }
        }
        return folded;
    }

    private List<Suggestion> titles(IndexSearcher searcher, String prefix, int limit, Query visible)
            throws IOException {
        List<String> words = AnalyzedToken.of(analyzer.folding, prefix).stream().map(AnalyzedToken::text).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        // A blank after the last word means it is complete.
        boolean lastComplete = Character.isWhitespace(prefix.charAt(prefix.length() - 1));
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(visible, Occur.FILTER);
        int complete = lastComplete ? words.size() : words.size() - 1;
        for (String word : words.subList(0, complete)) {
            query.add(new TermQuery(new Term(IndexFields.TITLE, word)), Occur.MUST);
        }
        if (!lastComplete) {
            String last = words.getLast();
            query.add(last.length() <= TitlePrefixAnalyzer.LONGEST_PREFIX
                    ? new TermQuery(new Term(IndexFields.TITLE_PREFIX, last))
                    : new PrefixQuery(new Term(IndexFields.TITLE, last)), Occur.MUST);
        }
        List<Suggestion> titles = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
            Document document = searcher.storedFields().document(hit.doc);
            titles.add(new Suggestion(document.get(IndexFields.TITLE), "title", StoredHit.id(document)));
        }
        return titles;
    }
}
