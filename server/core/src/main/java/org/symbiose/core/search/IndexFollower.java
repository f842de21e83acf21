package org.symbiose.core.search;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.symbiose.api.content.Item;
import org.symbiose.core.content.ItemChange;
import org.symbiose.core.search.index.IndexedItem;
import org.symbiose.core.search.index.LuceneIndex;

/**
 * Brings one node's index in step with the database: by following the change feed from the position
 * committed with the index, or by walking every item. The feed is shared by every node and kept until all
 * passed it, so following only reads it; the position is committed with the index, so a crash at any point
 * means indexing some items twice, never missing one; a change that rolled back never reached the feed.
 * <p>
 * An index that is new, or whose position is below what the feed still holds, is rebuilt: it then follows
 * from where the feed was before the rebuild began, and commits no position until the rebuild is over, so
 * a crash meanwhile means rebuilding again.
 */
public final class IndexFollower {

    static final int BATCH = 1000;
    /**
     * How far below the newest change a rebuild starts following: changes with lower seqs may still be
     * committing when it begins, and their holes are only seen by reading from below them.
     */
    static final int IN_FLIGHT = BATCH;
    /** The marker of an index whose rebuild is not over: it is rebuilt again at the next start. */
    private static final long INCOMPLETE = -1;

    /** The change feed, each call in a transaction of its own. */
    public interface Changes {
        /** Up to {@code max} changes after {@code position}, in seq order. */
        List<ItemChange> after(long position, int max);

        /** Those of {@code seqs} that exist now. */
        List<ItemChange> among(Set<Long> seqs);

        /** The highest seq, 0 when the feed is empty. */
        long newest();

        /** The highest seq pruned: a position below it lost changes. */
        long prunedThrough();
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
    private final Clock clock;
    private final Duration gapWait;
    private FeedCursor cursor;
    // false until the first rebuild of an index that needed one is over: no position is committed before
    private volatile boolean complete;
    private volatile IndexMode mode;
    // the cursor's settled seq, readable while a long replay holds the lock
    private volatile long position;

    /**
     * A follower of {@code changes} into {@code index}, which looks for a change whose seq it skipped for
     * {@code gapWait} (the longest a writing transaction may take to commit).
     */
    public IndexFollower(LuceneIndex index, Changes changes, Items items,
            Function<List<Item>, Map<Long, Optional<IndexedItem>>> describe, Clock clock, Duration gapWait)
            throws IOException {
        this.index = index;
        this.changes = changes;
        this.items = items;
        this.describe = describe;
        this.clock = clock;
        this.gapWait = gapWait;
        if (index.fresh()) {
            index.commit(INCOMPLETE);
        }
        long committed = index.committedMarker();
        this.complete = committed != INCOMPLETE && committed >= changes.prunedThrough();
        this.mode = complete ? IndexMode.REPLAYING : IndexMode.REBUILDING;
        this.cursor = new FeedCursor(complete ? committed : rebuildStart(), gapWait);
        this.position = cursor.settled();
    }

    /** Where a rebuild follows from: the feed before it began, less the changes that may still commit. */
    private long rebuildStart() {
        return Math.max(Math.max(changes.newest() - IN_FLIGHT, changes.prunedThrough()), 0);
    }

    public LuceneIndex index() {
        return index;
    }

    /** True when the index must be {@link #rebuild rebuilt} before it answers for every item. */
    public boolean needsRebuild() {
        return !complete;
    }

    /** What the index is doing. */
    public IndexMode mode() {
        return mode;
    }

    /** The node's position in the feed: every change at or below it is in the index, once complete. */
    public long position() {
        return position;
    }

    /**
     * True when the feed pruned changes this index had not taken yet (the node was stuck for longer than the
     * retention, or seemed dead to the others): the index then needs a {@link #rebuild rebuild}, after which it
     * follows from where the feed is now.
     */
    public boolean lostChanges() {
        writing.lock();
        try {
            if (!complete || cursor.settled() >= changes.prunedThrough()) {
                return false;
            }
            complete = false;
            mode = IndexMode.REBUILDING;
            cursor = new FeedCursor(rebuildStart(), gapWait);
            position = cursor.settled();
            return true;
        } finally {
            writing.unlock();
        }
    }

    /** Indexes the feed's changes after the position, batch by batch; returns how many it took. */
    public int follow() throws IOException {
        int taken = 0;
        writing.lock();
        try {
            Instant now = clock.instant();
            Set<Long> gaps = cursor.gaps(now);
            List<ItemChange> late = gaps.isEmpty() ? List.of() : changes.among(gaps);
            List<ItemChange> batch;
            do {
                batch = changes.after(cursor.read(), BATCH);
                List<ItemChange> taking = new ArrayList<>(late);
                taking.addAll(batch);
                if (!taking.isEmpty()) {
                    List<Long> ids = taking.stream().map(ItemChange::itemId).distinct().toList();
                    write(items.byIds(ids), ids);
                }
                cursor.advance(seqs(batch), seqs(late), now);
                long marker = complete ? cursor.settled() : INCOMPLETE;
                // committed also when nothing came, as given-up gaps move the position on
                if (!taking.isEmpty() || index.committedMarker() != marker) {
                    index.commit(marker);
                }
                // reported only once durable: the other nodes prune below it
                position = cursor.settled();
                taken += taking.size();
                late = List.of();
            } while (batch.size() == BATCH);
            if (mode == IndexMode.REPLAYING) {
                mode = IndexMode.FOLLOWING;
            }
        } finally {
            writing.unlock();
        }
        return taken;
    }

    /** Indexes every item again, reporting the running count; searches keep answering meanwhile. */
    public long rebuild(LongConsumer progress) throws IOException {
        writing.lock();
        try {
            mode = IndexMode.REBUILDING;
        } finally {
            writing.unlock();
        }
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
            complete = true;
            index.commit(cursor.settled());
            mode = IndexMode.REPLAYING;
        } finally {
            writing.unlock();
        }
        return done;
    }

    private static List<Long> seqs(List<ItemChange> changes) {
        return changes.stream().map(ItemChange::seq).toList();
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
