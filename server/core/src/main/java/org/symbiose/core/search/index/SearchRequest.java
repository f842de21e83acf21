package org.symbiose.core.search.index;

import org.symbiose.api.search.SearchOrder;

/**
 * A search as people type it, with the page they want and what they may see.
 *
 * @param query    the text typed, in the syntax {@link QueryTextParser} describes
 * @param order    null means {@link SearchOrder#RELEVANCE}
 * @param offset   0 to 10,000
 * @param limit    1 to 100
 * @param facets   whether to count facets over all matches (without, the result has none)
 * @param snippets whether to highlight the matches in each hit (without, a hit shows the text's beginning)
 */
public record SearchRequest(String query, SearchOrder order, int offset, int limit, Visibility visibility,
        boolean facets, boolean snippets) {

    /** A search with facets and snippets, as a search page shows it. */
    public SearchRequest(String query, SearchOrder order, int offset, int limit, Visibility visibility) {
        this(query, order, offset, limit, visibility, true, true);
    }
}
