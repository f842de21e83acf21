package org.symbiose.core.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.symbiose.api.content.Item;
import org.symbiose.core.cluster.ThisNode;
import org.symbiose.core.content.ChangeFeed;
import org.symbiose.core.content.ItemChange;
import org.symbiose.core.content.JpaContentStore;
import org.symbiose.core.platform.SchemaMigrated;
import org.symbiose.core.search.index.LuceneIndex;

/**
 * This node's search index, under {@code <data>/index}: follows the change feed every
 * {@value #FOLLOW_MILLIS} ms, so a committed change is searchable within a second; rebuilds an
 * index found missing or unreadable at start, left behind by the feed, or whose files vanish while
 * it runs; and lets administrators rebuild it by hand. Every {@value #REPORT_SECONDS} s it reports
 * its position in the feed under the node's name and prunes what every live node has passed.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());
    private static final long FOLLOW_MILLIS = 200;
    private static final long CHECK_SECONDS = 5;
    private static final long REPORT_SECONDS = 5;
    private static final long MEASURE_SECONDS = 1;
    /** Prune batches per report: enough to keep up with thousands of writes a second. */
    private static final int PRUNES_PER_REPORT = 10;

    @Inject
    @ConfigProperty(name = "symbiose.data")
    private String data;

    @Inject
    @ConfigProperty(name = "symbiose.search.feed-retention-days", defaultValue = "7")
    private long retentionDays;

    @Inject
    @ConfigProperty(name = "symbiose.search.node-live-minutes", defaultValue = "10")
    private long liveMinutes;

    @Inject
    @ConfigProperty(name = "symbiose.search.feed-gap-seconds", defaultValue = "60")
    private long gapSeconds;

    @Inject
    private ChangeFeed feed;

    @Inject
    private ThisNode node;

    @Inject
    private Clock clock;

    @Inject
    private JpaContentStore store;

    @Inject
    private SearchDocuments documents;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private final AtomicReference<RebuildProgress> rebuild = new AtomicReference<>(RebuildProgress.NONE);
    private final AtomicReference<IndexHealth> health = new AtomicReference<>(IndexHealth.UNAVAILABLE);
    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();
    private volatile IndexFollower follower;
    private Path directory;

    /** Starts once the schema is migrated (at deployment the migration may still be running). */
    public void start(@Observes SchemaMigrated migrated) {
        directory = Path.of(data, "index");
        try {
            open();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The search index could not be opened; search is unavailable", e);
            return;
        }
        tasks.add(scheduler.scheduleWithFixedDelay(this::follow, 0, FOLLOW_MILLIS, TimeUnit.MILLISECONDS));
        tasks.add(scheduler.scheduleWithFixedDelay(this::checkIntact, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS));
        tasks.add(scheduler.scheduleWithFixedDelay(this::report, 0, REPORT_SECONDS, TimeUnit.SECONDS));
        tasks.add(scheduler.scheduleWithFixedDelay(this::measure, 0, MEASURE_SECONDS, TimeUnit.SECONDS));
    }

    @PreDestroy
    synchronized void stop() {
        tasks.forEach(task -> task.cancel(false));
        if (follower != null) {
            try {
                follower.index().close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "The search index did not close cleanly; the change feed repairs it at the next start", e);
            }
        }
    }

    /** The index, for searching. */
    public LuceneIndex index() {
        IndexFollower current = follower;
        if (current == null) {
            throw new IllegalStateException("The search index is not open; see the server log");
        }
        return current.index();
    }

    /** The last rebuild's progress. */
    public RebuildProgress rebuildProgress() {
        return rebuild.get();
    }

    /** This node's position in the change feed: every change at or below it is in the index. */
    public long position() {
        IndexFollower current = follower;
        return current == null ? 0 : current.position();
    }

    /** Changes not in this node's index yet. */
    public long backlog() {
        return feed.waiting(follower.position());
    }

    /** What this node's index is doing and how far behind it is, as measured within the last second. */
    public IndexHealth health() {
        return health.get();
    }

    /**
     * Starts indexing every item again, in the background.
     *
     * @return false if a rebuild is already running
     */
    public boolean rebuild() {
        RebuildProgress current = rebuild.get();
        RebuildProgress starting = new RebuildProgress(true, 0, store.count(), Instant.now(), null, null);
        if (current.running() || !rebuild.compareAndSet(current, starting)) {
            return false;
        }
        IndexFollower target = follower;
        scheduler.execute(() -> runRebuild(target));
        return true;
    }

    private void open() throws IOException {
        LuceneIndex index = LuceneIndex.open(directory);
        follower = new IndexFollower(index, new IndexFollower.Changes() {
            @Override
            public List<ItemChange> after(long position, int max) {
                return feed.after(position, max);
            }

            @Override
            public List<ItemChange> among(Set<Long> seqs) {
                return feed.among(seqs);
            }

            @Override
            public long newest() {
                return feed.newest();
            }

            @Override
            public long prunedThrough() {
                return feed.prunedThrough();
            }
        }, new IndexFollower.Items() {
            @Override
            public List<Item> byIds(List<Long> ids) {
                return store.findAll(ids);
            }

            @Override
            public List<Item> after(long afterId, int max) {
                return store.after(afterId, max);
            }
        }, documents::of, clock, Duration.ofSeconds(gapSeconds));
        if (follower.needsRebuild()) {
            LOG.warning(() -> "The search index at " + directory
                    + " was missing, unreadable or behind what the change feed keeps: rebuilding it");
            rebuild();
        }
    }

    private void follow() {
        try {
            follower.follow();
        } catch (IOException | RuntimeException e) {
            // the changes stay in the feed and are taken again at the next turn
            LOG.log(Level.WARNING, "Indexing failed; retrying", e);
        }
    }

    /** Tells the other nodes where this one is, prunes what all live nodes passed, and rebuilds if it lost changes. */
    private void report() {
        try {
            IndexFollower current = follower;
            Instant now = clock.instant();
            feed.report(node.name(), current.position(), current.mode().name(), now);
            int turns = 0;
            int pruned;
            do {
                // each batch in a transaction of its own
                pruned = feed.prune(now, Duration.ofMinutes(liveMinutes), Duration.ofDays(retentionDays));
            } while (pruned == ChangeFeed.PRUNE_BATCH && ++turns < PRUNES_PER_REPORT);
            if (current.lostChanges()) {
                LOG.warning("The change feed no longer holds changes this node's search index lacks: rebuilding it");
                rebuild();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reporting this node's place in the change feed failed; retrying", e);
        }
    }

    private void measure() {
        try {
            IndexFollower current = follower;
            long position = current.position();
            health.set(IndexHealth.of(current.mode(), position, feed.waiting(position), feed.oldestWaiting(position),
                    clock.instant()));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Measuring the index lag failed", e);
        }
    }

    private void runRebuild(IndexFollower target) {
        try {
            long done = target.rebuild(count -> update(count, true, null));
            update(done, false, null);
            LOG.info("Search index rebuilt: " + done + " items");
            IndexFollower current = follower;
            if (current != target && current.needsRebuild()) {
                // the index was recreated while this rebuild ran on the old one
                rebuild();
            }
        } catch (IOException | RuntimeException e) {
            update(rebuild.get().done(), false, e.toString());
            LOG.log(Level.SEVERE, "Rebuilding the search index failed", e);
        }
    }

    private void update(long done, boolean running, String error) {
        RebuildProgress current = rebuild.get();
        rebuild.set(new RebuildProgress(running, done, Math.max(current.total(), done), current.started(),
                running ? null : Instant.now(), error));
    }

    /** An index whose files vanished (deleted by hand, a lost disk) is recreated and refilled. */
    private synchronized void checkIntact() {
        if (follower.index().intact()) {
            return;
        }
        LOG.warning(() -> "The search index files at " + directory + " disappeared: recreating the index");
        try {
            follower.index().close();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Closing the vanished index", e);
        }
        try {
            open();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The search index could not be recreated", e);
        }
    }
}
