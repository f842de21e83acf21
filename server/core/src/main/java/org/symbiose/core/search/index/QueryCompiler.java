package org.symbiose.core.search.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.symbiose.api.search.QueryRejectedException;
import org.symbiose.core.search.index.QueryText.Filter;
import org.symbiose.core.search.index.QueryText.Phrase;
import org.symbiose.core.search.index.QueryText.Word;

/**
 * Turns a parsed query into a Lucene query. Each word must match (AND between words), as its French stem in the
 * French items' stemmed field or its English stem in the English items' (so a query matches items of both
 * languages whatever language it is typed in). Grammar words ("the", "le") are left out unless the query has
 * nothing else, since they match nearly everything. The words in the title count again when the best matches are
 * ranked ({@link Compiled#titles()}).
 */
final class QueryCompiler {

    /** How much more a match in the title counts than one in the text. */
    static final float TITLE_BOOST = 3f;
    /** Shorter prefixes would match most of the vocabulary. */
    static final int SHORTEST_PREFIX = 2;

    private final FieldAnalyzer analyzer;

    QueryCompiler(FieldAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * The query, whether it has words to rank by (without any, every match is equally good), and the query's
     * words in the folded titles, to rescore the best matches with (null when it has no plain words).
     */
    record Compiled(Query query, boolean ranked, Query titles) {
    }

    Compiled compile(QueryText text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<Query> required = required(text.required());
        required.forEach(clause -> query.add(clause, Occur.MUST));
        List<Query> excluded = text.excluded().stream().map(this::termQuery).filter(Objects::nonNull).toList();
        excluded.forEach(clause -> query.add(clause, Occur.MUST_NOT));
        text.filters().forEach(filter -> query.add(filterQuery(filter), Occur.FILTER));
        text.excludedFilters().forEach(filter -> query.add(filterQuery(filter), Occur.MUST_NOT));
        if (required.isEmpty() && excluded.isEmpty() && text.filters().isEmpty()
                && text.excludedFilters().isEmpty()) {
            throw new QueryRejectedException("type something to search");
        }
        if (required.isEmpty()) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return new Compiled(query.build(), !required.isEmpty(), titles(text.required()));
    }

    /**
     * Each plain word of the query in the folded titles. Scoring titles in the query itself would double the
     * fields every match visits; scoring them for the kept best matches only costs a few hundred look-ups.
     */
    private Query titles(List<List<QueryText.Term>> groups) {
        List<Query> words = new ArrayList<>();
        for (List<QueryText.Term> group : groups) {
            for (QueryText.Term term : group) {
                if (term instanceof Word word && !word.prefix()) {
                    for (AnalyzedToken token : AnalyzedToken.of(analyzer.folding, word.text())) {
                        if (!StopWords.contains(token.text())) {
                            words.add(new TermQuery(new Term(IndexFields.TITLE, token.text())));
                        }
                    }
                }
            }
        }
        return anyOf(words);
    }

    private List<Query> required(List<List<QueryText.Term>> groups) {
        boolean onlyGrammarWords = groups.stream().allMatch(QueryCompiler::isGrammarWord);
        List<Query> queries = new ArrayList<>();
        for (List<QueryText.Term> group : groups) {
            if (onlyGrammarWords || !isGrammarWord(group)) {
                Query query = anyOf(group.stream().map(this::termQuery).filter(Objects::nonNull).toList());
                if (query != null) {
                    queries.add(query);
                }
            }
        }
        return queries;
    }

    private static boolean isGrammarWord(List<QueryText.Term> group) {
        return group.size() == 1 && group.getFirst() instanceof Word word && !word.prefix()
                && StopWords.contains(TextFolding.fold(word.text()));
    }

    /** The query for a word or phrase, null when analysis leaves nothing of it (as "&&"). */
    private Query termQuery(QueryText.Term term) {
        return switch (term) {
            case Word word when word.prefix() -> prefixQuery(word.text());
            case Word word -> wordQuery(word.text(), false);
            case Phrase phrase -> wordQuery(phrase.text(), true);
        };
    }

    /**
     * The word (or phrase) as French and English stems: an item's stemmed field holds every word of its title and
     * text, in its language's stems, so the query's stem in that language meets it whatever the item's language.
     * The folded spelling is searched too only when a stemmed form is missing (a grammar word the stemmer drops,
     * or a phrase whose stemmed form lost a grammar word and would no longer be the exact phrase): each form is
     * more fields to visit for every match.
     */
    private Query wordQuery(String text, boolean exact) {
        List<AnalyzedToken> folded = AnalyzedToken.of(analyzer.folding, text);
        if (folded.isEmpty()) {
            return null;
        }
        List<Query> forms = new ArrayList<>();
        List<AnalyzedToken> french = AnalyzedToken.of(analyzer.french, text);
        boolean frenchComplete = exact ? french.size() == folded.size() : !french.isEmpty();
        if (frenchComplete) {
            forms.add(sequence(IndexFields.STEMS_FR, french));
        }
        List<AnalyzedToken> english = AnalyzedToken.of(analyzer.english, text);
        boolean englishComplete = exact ? english.size() == folded.size() : !english.isEmpty();
        if (englishComplete) {
            forms.add(sequence(IndexFields.STEMS_EN, english));
        }
        if (!frenchComplete || !englishComplete) {
            forms.add(new BoostQuery(sequence(IndexFields.TITLE, folded), TITLE_BOOST));
            forms.add(sequence(IndexFields.TEXT, folded));
        }
        return anyOf(forms);
    }

    /** One term, or the terms in a row when analysis split the word ("12:30", "e-mail") or it is a phrase. */
    private static Query sequence(String field, List<AnalyzedToken> tokens) {
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.getFirst().text()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        tokens.forEach(token -> phrase.add(new Term(field, token.text()), token.position()));
        return phrase.build();
    }

    /** Words starting with the prefix, in folded spelling only: stemming a word's beginning makes no sense. */
    private Query prefixQuery(String text) {
        List<AnalyzedToken> folded = AnalyzedToken.of(analyzer.folding, text);
        if (folded.size() != 1 || folded.getFirst().text().length() < SHORTEST_PREFIX) {
            return wordQuery(text, false);
        }
        String prefix = folded.getFirst().text();
        return anyOf(List.of(new BoostQuery(new PrefixQuery(new Term(IndexFields.TITLE, prefix)), TITLE_BOOST),
                new PrefixQuery(new Term(IndexFields.TEXT, prefix))));
    }

    private static Query filterQuery(Filter filter) {
        String value = filter.value();
        return switch (filter.field()) {
            case TAG -> new TermQuery(new Term(IndexFields.TAG, TextFolding.fold(value)));
            case AUTHOR -> value.chars().allMatch(Character::isDigit)
                    ? new TermQuery(new Term(IndexFields.AUTHOR_ID, value))
                    : new TermQuery(new Term(IndexFields.AUTHOR, TextFolding.fold(value)));
            case TYPE -> new TermQuery(new Term(IndexFields.TYPE, value));
            case PLUGIN -> new TermQuery(new Term(IndexFields.PLUGIN, value));
        };
    }

    private static Query anyOf(List<Query> queries) {
        if (queries.isEmpty()) {
            return null;
        }
        if (queries.size() == 1) {
            return queries.getFirst();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        queries.forEach(query -> any.add(query, Occur.SHOULD));
        return any.build();
    }
}
