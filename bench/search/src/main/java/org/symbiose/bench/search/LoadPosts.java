package org.symbiose.bench.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.core.content.ChangeFeed;
import org.symbiose.core.content.ItemChange;
import org.symbiose.core.content.JpaContentStore;
import org.symbiose.core.persistence.LocalTransaction;
import org.symbiose.core.member.Member;
import org.symbiose.core.search.IndexFollower;
import org.symbiose.core.search.SearchDocuments;
import org.symbiose.core.search.index.LuceneIndex;

/**
 * {@code LoadPosts <dataDir> [posts=100000] [writers=1]}: writes synthetic posts into the server's database
 * under {@code <dataDir>} through the content store, as the REST API would, from concurrent writers, while a second thread follows the change
 * feed into the index under {@code <dataDir>/index}, as the server's indexer does. Reports the database write
 * rate, and the rate until every post is durably indexed.
 */
public final class LoadPosts {

    private static final int MEMBERS = 1_000;
    private static final int PER_TRANSACTION = 500;
    /** The server's indexer follows the feed every 200 ms. */
    private static final long FOLLOW_MILLIS = 200;
    private static final Duration WRITTEN_OVER = Duration.ofDays(730);

    private LoadPosts() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: LoadPosts <dataDir> [posts=100000] [writers=1]");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]);
        int posts = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 100_000;
        int writers = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        try (Database database = new Database(dataDir);
                LuceneIndex index = LuceneIndex.open(dataDir.resolve("index"))) {
            System.out.printf("schema at version %s; index %s%n", database.migration.targetSchemaVersion,
                    index.fresh() ? "new" : "existing, " + index.size() + " items");
            EntityManager writing = database.entityManagers().createEntityManager();
            List<Long> authors = LocalTransaction.run(writing, () -> members(writing));
            writing.close();
            AtomicBoolean written = new AtomicBoolean();
            Follower follower = new Follower(database.entityManagers().createEntityManager(), index, written);
            Thread following = Thread.ofPlatform().name("index-follower").start(follower);

            long start = System.nanoTime();
            long writeNanos;
            try {
                write(database.entityManagers(), authors, posts, writers);
                writeNanos = System.nanoTime() - start;
            } finally {
                written.set(true);
                following.join();
            }
            long allNanos = System.nanoTime() - start;
            if (follower.failure != null) {
                throw follower.failure;
            }
            System.out.printf(Locale.ROOT, "posts %,d (%d writers): database writes %.0f posts/s (%.1f s); "
                    + "written and durably indexed %.0f posts/s (%.1f s); index holds %,d items%n",
                    posts, writers, posts / seconds(writeNanos), seconds(writeNanos), posts / seconds(allNanos),
                    seconds(allNanos), index.size());
        }
        System.out.printf(Locale.ROOT, "sizes: database %.0f MB, index %.0f MB%n",
                megabytes(dataDir.resolve("db")), megabytes(dataDir.resolve("index")));
    }

    /** Members with names of their own, to author the posts. */
    private static List<Long> members(EntityManager em) {
        Clock clock = Clock.systemUTC();
        String[] first = {"Claire", "Jean", "Amina", "Lucas", "Sophie", "Karim", "Emma", "Hugo", "Léa", "Paul",
            "Chloé", "Thomas", "Inès", "Louis", "Sarah", "Noah", "Julie", "Nathan", "Alice", "Mehdi"};
        String[] last = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
            "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent",
            "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François",
            "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guerin", "Muller", "Henry", "Roussel",
            "Nicolas", "Perrin", "Morin", "Mathieu", "Clement", "Gauthier", "Dumont", "Lopez", "Fontaine",
            "Chevalier", "Robin", "Masson"};
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            Member member = new Member("bench-" + run + "-" + i + "@example.org",
                    first[i % first.length] + " " + last[i / first.length % last.length], null,
                    i % 3 == 0 ? "en" : "fr", clock.instant());
            em.persist(member);
            members.add(member);
        }
        em.flush();
        return members.stream().map(Member::getId).toList();
    }

    /**
     * Writes the posts from {@code writers} threads, as concurrent requests would; each thread has its own
     * entity manager and transactions.
     */
    private static void write(EntityManagerFactory entityManagers, List<Long> authors, int posts, int writers)
            throws Exception {
        Clock clock = new BackdatingClock(WRITTEN_OVER, 2L * posts);
        AtomicInteger done = new AtomicInteger();
        int tenth = Math.max(1, posts / 10);
        try (ExecutorService threads = Executors.newFixedThreadPool(writers)) {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int share = posts / writers + (w < posts % writers ? 1 : 0);
                long seed = 42 + w;
                running.add(threads.submit(() -> {
                    EntityManager em = entityManagers.createEntityManager();
                    try {
                        writeShare(em, clock, authors, share, new Random(seed), count -> {
                            int total = done.addAndGet(count);
                            if (total / tenth != (total - count) / tenth) {
                                System.out.printf("  %,d written%n", total);
                            }
                        });
                    } finally {
                        em.close();
                    }
                    return null;
                }));
            }
            for (Future<?> writer : running) {
                writer.get();
            }
        }
    }

    private static void writeShare(EntityManager em, Clock clock, List<Long> authors, int posts, Random random,
            IntConsumer progress) {
        JpaContentStore store = new JpaContentStore(em, clock);
        Posts generator = new Posts();
        Zipf<Long> author = new Zipf<>(authors);
        for (int from = 0; from < posts; from += PER_TRANSACTION) {
            int count = Math.min(PER_TRANSACTION, posts - from);
            LocalTransaction.run(em, () -> {
                for (int i = 0; i < count; i++) {
                    Posts.Post post = generator.next(random);
                    store.create(new ItemDraft(Posts.TYPE, null, post.title(), post.body(), post.tags(), null,
                            null), author.next(random));
                    // a request's persistence context holds one item: EclipseLink compares every managed
                    // object at each flush, so a context growing through the transaction costs quadratic time
                    em.flush();
                    em.clear();
                }
                return null;
            });
            progress.accept(count);
        }
    }

    /** The server's indexer in miniature: follows the feed until the writer is done and the feed is empty. */
    private static final class Follower implements Runnable {

        private final EntityManager em;
        private final IndexFollower follower;
        private final ChangeFeed feed;
        private final AtomicBoolean written;
        volatile Exception failure;

        Follower(EntityManager em, LuceneIndex index, AtomicBoolean written) throws IOException {
            this.em = em;
            this.written = written;
            this.feed = new ChangeFeed(em);
            JpaContentStore store = new JpaContentStore(em, Clock.systemUTC());
            this.follower = new IndexFollower(index, new IndexFollower.Changes() {
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
            }, items -> items.stream()
                    .collect(Collectors.toMap(Item::id, item -> Optional.of(SearchDocuments.byDefault(item)))),
                    Clock.systemUTC(), Duration.ofSeconds(60));
        }

        @Override
        public void run() {
            try {
                if (follower.needsRebuild()) {
                    follower.rebuild(count -> { });
                }
                while (true) {
                    boolean last = written.get();
                    follower.follow();
                    if (last && LocalTransaction.run(em, () -> feed.waiting(follower.position())) == 0) {
                        break;
                    }
                    Thread.sleep(FOLLOW_MILLIS);
                }
            } catch (Exception e) {
                failure = e;
            } finally {
                em.close();
            }
        }
    }


    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double megabytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum() / 1e6;
        }
    }
}
