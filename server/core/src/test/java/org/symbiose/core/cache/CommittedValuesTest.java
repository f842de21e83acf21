package org.symbiose.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.symbiose.api.cache.SharedCache;

class CommittedValuesTest {

    private final OneTransaction transactions = new OneTransaction();
    private final Rows rows = new Rows();
    private final KeptValues kept = new KeptValues();
    private final CommittedValues<Long, String> values = new CommittedValues<>(kept, rows::read, transactions);

    @Test
    void outsideATransactionAValueIsReadOnceAndKept() {
        rows.row.put(1L, "member");

        assertThat(values.get(1L)).isEqualTo("member");
        assertThat(values.get(1L)).isEqualTo("member");
        assertThat(rows.reads).isEqualTo(1);
    }

    @Test
    void insideATransactionAKeptValueIsUsedAndAMissingOneIsReadButNotKept() {
        rows.row.put(1L, "member");
        rows.row.put(2L, "moderator");
        values.get(1L);

        transactions.begin();
        assertThat(values.get(1L)).isEqualTo("member");
        assertThat(values.get(2L)).isEqualTo("moderator");
        transactions.commit();

        assertThat(rows.reads).as("one read for the kept value, one in the transaction").isEqualTo(2);
        assertThat(kept.values).containsOnlyKeys(1L);
        assertThat(kept.loadedLater).as("the committed value is left to the cache to load").containsExactly(2L);
    }

    @Test
    void aTransactionThatChangedARowReadsRowsAfreshUntilItEnds() {
        rows.row.put(1L, "member");
        rows.row.put(2L, "member");
        values.get(1L);
        values.get(2L);

        transactions.begin();
        rows.row.put(1L, "moderator");
        values.changed(1L);
        rows.row.put(2L, "moderator, not committed");
        assertThat(values.get(1L)).isEqualTo("moderator");
        assertThat(values.get(2L)).as("after a change, even another key's kept value is not trusted")
                .isEqualTo("moderator, not committed");
        assertThat(kept.values).doesNotContainKey(1L);
        transactions.rollback();

        assertThat(values.get(2L)).as("nothing the transaction read was kept").isEqualTo("member");
    }

    @Test
    void aChangeOutsideATransactionDropsTheValue() {
        rows.row.put(1L, "member");
        values.get(1L);
        rows.row.put(1L, "suspended");

        values.changed(1L);

        assertThat(values.get(1L)).isEqualTo("suspended");
    }

    /** The database's rows, counting reads. */
    private static final class Rows {
        final Map<Long, String> row = new HashMap<>();
        int reads;

        String read(long key) {
            reads++;
            return row.get(key);
        }
    }

    /** A node's cache whose background loads are only noted, so that a test sees what was kept when. */
    private static final class KeptValues implements SharedCache<Long, String> {
        final Map<Long, String> values = new HashMap<>();
        final List<Long> loadedLater = new ArrayList<>();

        @Override
        public String get(Long key, Function<? super Long, ? extends String> loader) {
            return values.computeIfAbsent(key, loader);
        }

        @Override
        public Optional<String> getLater(Long key, Function<? super Long, ? extends String> loader) {
            if (!values.containsKey(key)) {
                loadedLater.add(key);
            }
            return Optional.ofNullable(values.get(key));
        }

        @Override
        public void invalidate(Long key) {
            values.remove(key);
        }

        @Override
        public void clear() {
            values.clear();
        }
    }
}
