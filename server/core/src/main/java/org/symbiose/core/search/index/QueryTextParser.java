package org.symbiose.core.search.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.symbiose.api.search.QueryRejectedException;
import org.symbiose.core.search.index.QueryText.Filter;
import org.symbiose.core.search.index.QueryText.FilterField;
import org.symbiose.core.search.index.QueryText.Phrase;
import org.symbiose.core.search.index.QueryText.Term;
import org.symbiose.core.search.index.QueryText.Word;

/**
 * Reads the query syntax people use, forgivingly: any text means something, and only a query too long or with
 * too many words is rejected.
 * <ul>
 * <li>words, all required; {@code a OR b} (upper case OR) lets either match;</li>
 * <li>{@code "exact phrase"}; a quote left open runs to the end; {@code ""} is nothing;</li>
 * <li>{@code -word}, {@code -"phrase"}, {@code -tag:x} exclude; {@code --word} is {@code -word}; a lone
 * {@code -} or {@code +} is nothing, {@code +word} is {@code word};</li>
 * <li>{@code tag:x}, {@code author:name}, {@code author:123}, {@code type:forum.topic}, {@code plugin:forum},
 * field names in any case, values quotable ({@code author:"Jean Dupont"}); an empty value is nothing; an unknown
 * field ({@code foo:bar}, {@code 12:30}) is plain text;</li>
 * <li>{@code chev*} on the last word looks for words starting with "chev";</li>
 * <li>HTML tags are removed, and Lucene's syntax characters ({@code ( ) { } [ ] ^ ~ * ? \ / ! & | + < > , ; =})
 * separate words, whatever their place ({@code (chat)} is {@code chat}, {@code *hat} is {@code hat}); other
 * punctuation inside a word keeps its parts together as a phrase ({@code e-mail}, {@code l'arbre}).</li>
 * </ul>
 */
final class QueryTextParser {

    static final int LONGEST_QUERY = 500;
    static final int MOST_WORDS = 32;

    private static final Pattern HTML_TAG = Pattern.compile("<[^<>]*>");
    private static final Pattern SEPARATORS = Pattern.compile("[(){}\\[\\]^~?*\\\\/!&|+<>,;=]+");

    private final String query;
    private int position;

    private QueryTextParser(String query) {
        this.query = query;
    }

    /** Reads a query; null or blank gives an empty query. */
    static QueryText parse(String query) {
        if (query == null) {
            return new QueryText(List.of(), List.of(), List.of(), List.of());
        }
        if (query.length() > LONGEST_QUERY) {
            throw new QueryRejectedException("the search is too long: use at most " + LONGEST_QUERY
                    + " characters");
        }
        return new QueryTextParser(HTML_TAG.matcher(query).replaceAll(" ")).read();
    }

    /** One unit of the query as typed. */
    private record Token(boolean negated, FilterField field, String value, boolean quoted) {

        boolean isOr() {
            return !negated && field == null && !quoted && value.equals("OR");
        }

        boolean isPositiveText() {
            return !negated && field == null && !isOr();
        }

        int wordCount() {
            return Math.max(1, value.strip().split("\\s+").length);
        }
    }

    private QueryText read() {
        List<Token> tokens = new ArrayList<>();
        Token token;
        while ((token = next()) != null) {
            for (Token part : separated(token)) {
                if (!part.value().isEmpty()) {
                    tokens.add(part);
                }
            }
        }
        int words = tokens.stream().filter(t -> !t.isOr()).mapToInt(Token::wordCount).sum();
        if (words > MOST_WORDS) {
            throw new QueryRejectedException("the search has too many words: use at most " + MOST_WORDS);
        }
        return group(tokens);
    }

    private QueryText group(List<Token> tokens) {
        List<List<Term>> required = new ArrayList<>();
        List<Term> excluded = new ArrayList<>();
        List<Filter> filters = new ArrayList<>();
        List<Filter> excludedFilters = new ArrayList<>();
        int lastText = lastPositiveText(tokens);
        boolean joinNext = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean orBetweenTexts = token.isOr() && i > 0 && i + 1 < tokens.size()
                    && tokens.get(i - 1).isPositiveText() && tokens.get(i + 1).isPositiveText();
            if (orBetweenTexts) {
                joinNext = true;
            } else if (token.field() != null) {
                (token.negated() ? excludedFilters : filters).add(new Filter(token.field(), token.value()));
            } else if (token.negated()) {
                excluded.add(term(token, false));
            } else if (joinNext) {
                required.getLast().add(term(token, i == lastText));
                joinNext = false;
            } else {
                required.add(new ArrayList<>(List.of(term(token, i == lastText))));
            }
        }
        return new QueryText(required.stream().map(List::copyOf).toList(), List.copyOf(excluded),
                List.copyOf(filters), List.copyOf(excludedFilters));
    }

    /** A bare word cut at syntax characters; a trailing star stays on its last part, to make it a prefix. */
    private static List<Token> separated(Token token) {
        if (token.quoted() || token.field() != null) {
            return List.of(token);
        }
        boolean star = token.value().endsWith("*");
        String[] parts = SEPARATORS.matcher(token.value()).replaceAll(" ").strip().split(" ");
        List<Token> separated = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String part = star && i == parts.length - 1 && !parts[i].isEmpty() ? parts[i] + "*" : parts[i];
            separated.add(new Token(token.negated(), null, part, false));
        }
        return separated;
    }

    private static int lastPositiveText(List<Token> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).isPositiveText()) {
                return i;
            }
        }
        return -1;
    }

    private static Term term(Token token, boolean last) {
        if (token.quoted()) {
            return new Phrase(token.value());
        }
        String value = token.value();
        if (last && value.endsWith("*")) {
            String stem = value.replaceAll("\\*+$", "");
            return stem.isEmpty() ? new Word(value, false) : new Word(stem, true);
        }
        return new Word(value, false);
    }

    /** The next token, or null at the end; a token whose value is empty stands for something ignored. */
    private Token next() {
        skipWhitespace();
        if (position >= query.length()) {
            return null;
        }
        boolean negated = false;
        while (position < query.length() && (query.charAt(position) == '-' || query.charAt(position) == '+')) {
            negated |= query.charAt(position) == '-';
            position++;
        }
        if (position >= query.length() || Character.isWhitespace(query.charAt(position))) {
            return new Token(negated, null, "", false);
        }
        if (query.charAt(position) == '"') {
            return new Token(negated, null, quoted(), true);
        }
        String bare = bare();
        int colon = bare.indexOf(':');
        FilterField field = colon > 0 ? filterField(bare.substring(0, colon)) : null;
        if (field == null) {
            // An unknown field ("foo:bar", "12:30") is its words kept together.
            return colon < 0 ? new Token(negated, null, bare, false)
                    : new Token(negated, null, bare.replace(':', ' ').strip(), true);
        }
        String value = bare.substring(colon + 1);
        if (value.isEmpty() && position < query.length() && query.charAt(position) == '"') {
            value = quoted();
        }
        return new Token(negated, field, value.strip(), false);
    }

    private void skipWhitespace() {
        while (position < query.length() && Character.isWhitespace(query.charAt(position))) {
            position++;
        }
    }

    /** The text up to the closing quote, or to the end when none closes it. */
    private String quoted() {
        position++;
        int end = query.indexOf('"', position);
        String text = query.substring(position, end < 0 ? query.length() : end);
        position = end < 0 ? query.length() : end + 1;
        return text.strip();
    }

    /** A run of characters up to a blank or a quote (which opens a phrase, or the value of "tag:"). */
    private String bare() {
        int start = position;
        while (position < query.length() && !Character.isWhitespace(query.charAt(position))
                && query.charAt(position) != '"') {
            position++;
        }
        return query.substring(start, position);
    }

    private static FilterField filterField(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "tag" -> FilterField.TAG;
            case "author" -> FilterField.AUTHOR;
            case "type" -> FilterField.TYPE;
            case "plugin" -> FilterField.PLUGIN;
            default -> null;
        };
    }
}
