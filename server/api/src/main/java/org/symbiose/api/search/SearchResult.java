package org.symbiose.api.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits.
 *
 * @param total  how many items match in all (exactly)
 * @param hits   this page's hits
 * @param facets counts over all matching items, by facet: {@code type}, {@code plugin},
 *               {@code tag}, {@code author}, {@code date} (values {@code day}, {@code week},
 *               {@code month}, {@code year}, {@code older}) and any facet plugins add; the
 *               ten most frequent values of each
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
