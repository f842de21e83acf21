package org.symbiose.core.search;

import jakarta.annotation.PostConstruct;
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
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.symbiose.api.content.Item;
import org.symbiose.core.content.ChangeFeed;
import org.symbiose.core.content.ItemChange;
import org.symbiose.core.content.JpaContentStore;
import org.symbiose.core.search.index.LuceneIndex;

/**
 * The search index of the server, under {@code <data>/index}: follows the change feed every
 * {@value #FOLLOW_MILLIS} ms, so a committed change is searchable within a second; rebuilds an
 * index found missing or unreadable at start, or whose files vanish while it runs; and lets
 * administrators rebuild it by hand.
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

    @Inject
    @ConfigProperty(name = "symbiose.data")
    private String data;

    @Inject
    private ChangeFeed feed;

    @Inject
    private JpaContentStore store;

    @Inject
    private SearchDocuments documents;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private final AtomicReference<RebuildProgress> rebuild = new AtomicReference<>(RebuildProgress.NONE);
    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();
    private volatile IndexFollower follower;
    private Path directory;

    @PostConstruct
    void start() {
        directory = Path.of(data, "index");
        try {
            open();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The search index could not be opened; search is unavailable", e);
            return;
        }
        tasks.add(scheduler.scheduleWithFixedDelay(this::follow, 0, FOLLOW_MILLIS, TimeUnit.MILLISECONDS));
        tasks.add(scheduler.scheduleWithFixedDelay(this::checkIntact, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS));
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

    /** Changes not indexed yet. */
    public long backlog() {
        return feed.backlog();
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
            public List<ItemChange> next(int max) {
                return feed.next(max);
            }

            @Override
            public void done(List<ItemChange> changes) {
                feed.done(changes);
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
        }, documents::of);
        if (index.fresh()) {
            LOG.warning(() -> "The search index at " + directory + " was missing or unreadable: rebuilding it");
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

    private void runRebuild(IndexFollower target) {
        try {
            long done = target.rebuild(count -> update(count, true, null));
            update(done, false, null);
            LOG.info("Search index rebuilt: " + done + " items");
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
