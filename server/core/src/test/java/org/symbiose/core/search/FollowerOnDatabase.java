package org.symbiose.core.search;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.symbiose.api.content.Item;
import org.symbiose.core.content.ChangeFeed;
import org.symbiose.core.content.ItemChange;
import org.symbiose.core.content.JpaContentStore;
import org.symbiose.core.persistence.LocalTransaction;
import org.symbiose.core.search.index.LuceneIndex;

/** A node's follower as the server builds it, outside a container: each call in a local transaction of its own. */
final class FollowerOnDatabase {

    static final Duration GAP_WAIT = Duration.ofSeconds(60);

    private FollowerOnDatabase() {
    }

    static IndexFollower of(EntityManager em, LuceneIndex index, Clock clock) throws IOException {
        ChangeFeed feed = new ChangeFeed(em);
        JpaContentStore store = new JpaContentStore(em, Clock.systemUTC());
        return new IndexFollower(index, new IndexFollower.Changes() {
            @Override
            public List<ItemChange> after(long position, int max) {
                return LocalTransaction.run(em, () -> feed.after(position, max));
            }

            @Override
            public List<ItemChange> among(Set<Long> seqs) {
                return LocalTransaction.run(em, () -> feed.among(seqs));
            }

            @Override
            public long newest() {
                return LocalTransaction.run(em, feed::newest);
            }

            @Override
            public long prunedThrough() {
                return LocalTransaction.run(em, feed::prunedThrough);
            }
        }, new IndexFollower.Items() {
            @Override
            public List<Item> byIds(List<Long> ids) {
                return LocalTransaction.run(em, () -> store.findAll(ids));
            }

            @Override
            public List<Item> after(long afterId, int max) {
                return LocalTransaction.run(em, () -> store.after(afterId, max));
            }
        }, items -> items.stream().collect(Collectors.toMap(Item::id, item -> Optional.of(SearchDocuments.byDefault(item)))),
                clock, GAP_WAIT);
    }
}
