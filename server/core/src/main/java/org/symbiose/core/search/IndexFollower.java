package org.symbiose.core.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.symbiose.api.content.Item;
import org.symbiose.core.content.ItemChange;
import org.symbiose.core.search.index.IndexedItem;
import org.symbiose.core.search.index.LuceneIndex;

/**
 * Brings an index in step with the database: by following the change feed, or by walking every
 * item. Changes leave the feed only once the index holding them is durable, so a crash at any
 * point means indexing some items twice, never missing one; a change that rolled back never
 * reached the feed.
 */
public final class IndexFollower {

    static final int BATCH = 1000;

    /** The change feed, each call in a transaction of its own. */
    public interface Changes {
        List<ItemChange> next(int max);

        void done(List<ItemChange> changes);
    }

    /** The items, each call in a transaction of its own. */
    public interface Items {
        List<Item> byIds(List<Long> ids);

        List<Item> after(long afterId, int max);
    }

    // one writer at a time: following and rebuilding both read the database and write under
    // it, so a rebuild never puts back an older version of an item the feed just updated
    private final ReentrantLock writing = new ReentrantLock();
    private final LuceneIndex index;
    private final Changes changes;
    private final Items items;
    private final Function<List<Item>, Map<Long, Optional<IndexedItem>>> describe;

    public IndexFollower(LuceneIndex index, Changes changes, Items items,
            Function<List<Item>, Map<Long, Optional<IndexedItem>>> describe) {
        this.index = index;
        this.changes = changes;
        this.items = items;
        this.describe = describe;
    }

    public LuceneIndex index() {
        return index;
    }

    /** Indexes everything the feed holds, batch by batch; returns how many changes it took. */
    public int follow() throws IOException {
        int taken = 0;
        writing.lock();
        try {
            List<ItemChange> batch;
            do {
                batch = changes.next(BATCH);
                if (!batch.isEmpty()) {
                    List<Long> ids = batch.stream().map(ItemChange::itemId).distinct().toList();
                    write(items.byIds(ids), ids);
                    index.commit(batch.get(batch.size() - 1).seq());
                    changes.done(batch);
                    taken += batch.size();
                }
            } while (batch.size() == BATCH);
        } finally {
            writing.unlock();
        }
        return taken;
    }

    /** Indexes every item again, reporting the running count; searches keep answering meanwhile. */
    public long rebuild(LongConsumer progress) throws IOException {
        long done = 0;
        long after = 0;
        List<Item> batch;
        do {
            writing.lock();
            try {
                batch = items.after(after, BATCH);
                write(batch, batch.stream().map(Item::id).toList());
            } finally {
                writing.unlock();
            }
            done += batch.size();
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
            progress.accept(done);
        } while (batch.size() == BATCH);
        writing.lock();
        try {
            index.commit(index.committedMarker());
        } finally {
            writing.unlock();
        }
        return done;
    }

    /** Indexes {@code found}; ids without an item, or whose item stays out, leave the index. */
    private void write(List<Item> found, List<Long> ids) throws IOException {
        Map<Long, Optional<IndexedItem>> described = describe.apply(found);
        List<IndexedItem> upserts = new ArrayList<>();
        for (Long id : ids) {
            Optional<IndexedItem> document = described.getOrDefault(id, Optional.empty());
            if (document.isPresent()) {
                upserts.add(document.get());
            } else {
                index.delete(id);
            }
        }
        index.upsertAll(upserts);
        index.refresh();
    }
}
