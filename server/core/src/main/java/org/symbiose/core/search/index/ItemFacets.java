package org.symbiose.core.search.index;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.symbiose.api.search.FacetCount;

/**
 * The facets of items: type, plugin, tags, author and any key of an item's own facets map as sorted-set doc
 * values (no taxonomy index to keep in step), and the creation date counted in ranges relative to now.
 */
final class ItemFacets {

    static final String TYPE = "type";
    static final String PLUGIN = "plugin";
    static final String TAG = "tag";
    static final String AUTHOR = "author";
    static final String DATE = "date";

    /** An item's own facet keys cannot take the place of these. */
    private static final Set<String> BUILT_IN = Set.of(TYPE, PLUGIN, TAG, AUTHOR, DATE);
    private static final int TOP_VALUES = 10;

    static final FacetsConfig CONFIG = config();

    private ItemFacets() {
    }

    private static FacetsConfig config() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(TAG, true);
        return config;
    }

    /** Adds the item's facet values to its document, which must then go through {@code CONFIG.build}. */
    static void addTo(Document document, IndexedItem item) {
        addValue(document, TYPE, item.type());
        addValue(document, PLUGIN, item.plugin());
        addValue(document, AUTHOR, item.authorName());
        item.tags().stream().distinct().forEach(tag -> addValue(document, TAG, tag));
        item.facets().forEach((key, value) -> {
            if (key != null && !key.isBlank() && !BUILT_IN.contains(key)) {
                addValue(document, key, value);
            }
        });
    }

    private static void addValue(Document document, String dimension, String value) {
        if (value != null && !value.isBlank()) {
            document.add(new SortedSetDocValuesFacetField(dimension, value));
        }
    }

    /** The top values of every facet over the collected matches; {@code state} is null when no item has facets. */
    static Map<String, List<FacetCount>> count(SortedSetDocValuesReaderState state, FacetsCollector matches,
            Instant now) throws IOException {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        if (state != null) {
            for (FacetResult result : new SortedSetDocValuesFacetCounts(state, matches).getAllDims(TOP_VALUES)) {
                facets.put(result.dim, counts(result));
            }
        }
        List<FacetCount> dates = counts(new LongRangeFacetCounts(IndexFields.CREATED, matches, dateRanges(now))
                .getAllChildren(IndexFields.CREATED));
        if (!dates.isEmpty()) {
            facets.put(DATE, dates);
        }
        return facets;
    }

    /** "day" to "year" are the items of the last day, week, month, year (each one includes the shorter ones). */
    private static LongRange[] dateRanges(Instant now) {
        long end = Long.MAX_VALUE;
        long yearAgo = now.minus(Duration.ofDays(365)).toEpochMilli();
        return new LongRange[] {
            new LongRange("day", now.minus(Duration.ofDays(1)).toEpochMilli(), true, end, true),
            new LongRange("week", now.minus(Duration.ofDays(7)).toEpochMilli(), true, end, true),
            new LongRange("month", now.minus(Duration.ofDays(30)).toEpochMilli(), true, end, true),
            new LongRange("year", yearAgo, true, end, true),
            new LongRange("older", Long.MIN_VALUE, true, yearAgo, false),
        };
    }

    private static List<FacetCount> counts(FacetResult result) {
        List<FacetCount> counts = new ArrayList<>();
        if (result != null) {
            for (LabelAndValue value : result.labelValues) {
                if (value.value.longValue() > 0) {
                    counts.add(new FacetCount(value.label, value.value.longValue()));
                }
            }
        }
        return List.copyOf(counts);
    }
}
