package org.symbiose.core.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.DocIdSetBuilder;

/**
 * The hits a search kept, presented as the matches a {@link FacetsCollector} would have gathered, so that facets
 * count over them. Collecting every match for facets would forbid Lucene to skip the documents that cannot make
 * the top hits, which is what keeps a search of two common words fast on a large index.
 */
final class HitSample extends FacetsCollector {

    private final List<MatchingDocs> matches;

    HitSample(IndexReader reader, ScoreDoc[] hits) throws IOException {
        ScoreDoc[] inOrder = hits.clone();
        Arrays.sort(inOrder, (a, b) -> Integer.compare(a.doc, b.doc));
        // Every leaf, even one without a kept hit: the sorted-set facet counts map segment ordinals to the
        // reader's only when given more than one leaf, so hits all in one segment of many were counted under
        // other segments' ordinals, and whole dimensions went missing.
        List<MatchingDocs> perLeaf = new ArrayList<>();
        int i = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            DocIdSetBuilder docs = new DocIdSetBuilder(leaf.reader().maxDoc());
            int count = 0;
            int end = leaf.docBase + leaf.reader().maxDoc();
            DocIdSetBuilder.BulkAdder adder = docs.grow(inOrder.length - i);
            for (; i < inOrder.length && inOrder[i].doc < end; i++, count++) {
                adder.add(inOrder[i].doc - leaf.docBase);
            }
            perLeaf.add(new MatchingDocs(leaf, docs.build(), count, null));
        }
        this.matches = List.copyOf(perLeaf);
    }

    @Override
    public List<MatchingDocs> getMatchingDocs() {
        return matches;
    }
}
