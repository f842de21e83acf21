package org.symbiose.core.search.index;

import java.io.IOException;

import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * Opens searchers that carry the facet ordinals of their reader: building them costs a pass over all facet
 * values, so it is done once per reopen rather than once per search.
 */
final class FacetingSearcherFactory extends SearcherFactory {

    /** A searcher with the facet state of its reader (null when no item has any facet yet). */
    static final class FacetingSearcher extends IndexSearcher {

        final SortedSetDocValuesReaderState facetState;

        FacetingSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) {
            super(reader);
            this.facetState = facetState;
        }
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
        String field = ItemFacets.CONFIG.getDimConfig(ItemFacets.TYPE).indexFieldName;
        FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(field);
        return new FacetingSearcher(reader,
                info == null ? null : new DefaultSortedSetDocValuesReaderState(reader, ItemFacets.CONFIG));
    }
}
