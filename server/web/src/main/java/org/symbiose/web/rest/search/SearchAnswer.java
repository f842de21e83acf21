package org.symbiose.web.rest.search;

import java.util.List;
import java.util.Map;
import org.symbiose.api.search.FacetCount;
import org.symbiose.api.search.SearchHit;

/**
 * One page of search results, in the API's one list shape ({@code items}, {@code next}) with what
 * only a search has beside it.
 *
 * @param items      the hits of this page, best first (or newest first)
 * @param next       the URL of the next page, or null on the last one
 * @param total      how many items match: exactly when {@code totalExact}, else at least this many
 * @param totalExact false when the search stopped counting at {@code total} ("more than 1,000 results")
 * @param facets     per facet (type, plugin, tag, author, date), the values found and their counts: over
 *                   all matches when there are at most 1,000, else over a sample: the 100 best, or as many
 *                   as the page reaches
 */
public record SearchAnswer(List<SearchHit> items, String next, long total, boolean totalExact,
        Map<String, List<FacetCount>> facets) {
}
