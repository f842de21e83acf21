package org.symbiose.core.search.index;

import java.util.List;
import java.util.Map;

/**
 * One page of results.
 *
 * @param total  the exact number of matching items the searcher may see
 * @param facets counts over all matching items, keyed "type", "plugin", "tag", "author", "date" (values "day",
 *               "week", "month", "year" for the items created within that span, "older" for the rest), plus
 *               any key an item's facets map carried; at most ten values each, most frequent first
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
}
