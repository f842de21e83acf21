package org.symbiose.core.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symbiose.api.search.FacetCount;
import org.symbiose.api.search.SearchOrder;
import org.symbiose.api.search.SearchResult;

/**
 * Counts over some twenty thousand generated items of both languages: exact up to the bound, a lower bound past
 * it (no timing asserted).
 */
class LuceneIndexVolumeTest {

    private static final int ITEMS = 20_000;
    private static final String[] FRENCH = {"le", "cheval", "maison", "jardin", "école", "élève", "voyage", "ville",
        "rivière", "montagne", "livre", "musique", "cuisine", "travail", "famille"};
    private static final String[] ENGLISH = {"the", "horse", "house", "garden", "school", "student", "travel",
        "city", "river", "mountain", "book", "music", "kitchen", "work", "family"};

    @TempDir
    Path dir;

    @Test
    void countsAreExactUpToTheBoundThenAtLeastTheBound() throws IOException {
        Random random = new Random(42);
        List<IndexedItem> items = new ArrayList<>();
        for (int id = 1; id <= ITEMS; id++) {
            boolean french = id % 2 == 0;
            String[] words = french ? FRENCH : ENGLISH;
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 80; w++) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            // Every third item has the marker word, every fifth is hidden.
            text.append(id % 3 == 0 ? "zanzibar" : "ordinaire");
            items.add(TestItem.of(id).title("Item " + id).text(text.toString()).tags("t" + id % 7)
                    .status(id % 5 == 0 ? "HIDDEN" : "PUBLISHED").build());
        }
        try (LuceneIndex index = LuceneIndex.open(dir.resolve("index"))) {
            for (int from = 0; from < ITEMS; from += 5_000) {
                index.upsertAll(items.subList(from, from + 5_000));
                index.commit(from + 5_000);
            }
            index.refresh();
            assertThat(index.size()).isEqualTo(ITEMS);
            Visibility member = new Visibility(Set.of("PUBLISHED"), Set.of(), 1L);
            SearchResult all = index.search(new SearchRequest("zanzibar", null, 0, 10, Visibility.everything()));
            SearchResult visible = index.search(new SearchRequest("zanzibar", null, 0, 10, member));
            // Thousands match: counting stops at the bound (unless Lucene knows the count for free, as for one
            // word without a filter), and facets count over a sample, the best the title rescoring looks at.
            assertThat(all.total()).isEqualTo(all.totalExact() ? ITEMS / 3 : LuceneIndex.TOTAL_BOUND);
            assertThat(visible.total()).isEqualTo(LuceneIndex.TOTAL_BOUND);
            assertThat(visible.totalExact()).isFalse();
            for (SearchResult many : List.of(all, visible)) {
                assertThat(many.hits()).hasSize(10);
                assertThat(many.facets().get("tag").stream().mapToLong(FacetCount::count).sum())
                        .isEqualTo(LuceneIndex.TITLE_WINDOW);
            }
            SearchResult newest = index.search(new SearchRequest("zanzibar", SearchOrder.NEWEST, 990, 20, member));
            assertThat(newest.totalExact()).isFalse();
            assertThat(newest.hits()).hasSize(20);
            // some two hundred match: exact, facets over all of them
            SearchResult tagged = index.search(new SearchRequest("zanzibar tag:t0", null, 0, 10, member));
            assertThat(tagged.total()).isEqualTo(countMatching(items, id -> id % 3 == 0 && id % 5 != 0
                    && id % 7 == 0)).isLessThan(LuceneIndex.TOTAL_BOUND);
            assertThat(tagged.totalExact()).isTrue();
            assertThat(tagged.facets().get("type")).containsExactly(new FacetCount("forum.topic", tagged.total()));
            assertThat(index.committedMarker()).isEqualTo(ITEMS);
        }
    }

    private static long countMatching(List<IndexedItem> items, java.util.function.LongPredicate test) {
        return items.stream().mapToLong(IndexedItem::id).filter(test).count();
    }
}
