package org.symbiose.api.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits.
 *
 * @param total      how many items match: exactly when {@code totalExact}, else at least this many (a
 *                   search stops counting past a bound, as large search engines do, so that two
 *                   common words stay fast on a large site)
 * @param totalExact whether {@code total} is the exact count rather than a lower bound
 * @param hits       this page's hits
 * @param facets     counts by facet: {@code type}, {@code plugin}, {@code tag}, {@code author},
 *                   {@code date} (values {@code day}, {@code week}, {@code month}, {@code year},
 *                   {@code older}) and any facet plugins add; the ten most frequent values of each.
 *                   Over all matching items when there are at most a thousand, else over the
 *                   thousand best (a bound the implementation may change)
 * @since 1.1
 */
public record SearchResult(long total, boolean totalExact, List<SearchHit> hits,
        Map<String, List<FacetCount>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** A page whose total is exact. */
    public SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
        this(total, true, hits, facets);
    }
}
