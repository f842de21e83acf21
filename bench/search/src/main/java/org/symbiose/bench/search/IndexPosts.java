package org.symbiose.bench.search;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.symbiose.core.search.index.IndexedItem;
import org.symbiose.core.search.index.LuceneIndex;

/**
 * {@code IndexPosts <dataDir> [posts=1000000]}: the same synthetic posts as {@link LoadPosts}, written straight
 * into the index under {@code <dataDir>/index} without any database, for in-process query latency at sizes
 * that loading through the database would take too long to reach. Reports the indexing rate alone.
 */
public final class IndexPosts {

    private static final int BATCH = 1_000;
    private static final int MEMBERS = 1_000;
    private static final Duration WRITTEN_OVER = Duration.ofDays(730);

    private IndexPosts() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: IndexPosts <dataDir> [posts=1000000]");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]);
        int posts = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 1_000_000;
        Posts generator = new Posts();
        Random random = new Random(42);
        Instant first = Instant.now().minus(WRITTEN_OVER);
        long step = WRITTEN_OVER.toMillis() / posts;
        try (LuceneIndex index = LuceneIndex.open(dataDir.resolve("index"))) {
            index.deleteAll();
            long start = System.nanoTime();
            for (int from = 0; from < posts; from += BATCH) {
                List<IndexedItem> batch = new ArrayList<>(BATCH);
                for (int id = from + 1; id <= Math.min(posts, from + BATCH); id++) {
                    Posts.Post post = generator.next(random);
                    long author = 1 + random.nextInt(MEMBERS);
                    batch.add(new IndexedItem(id, Posts.TYPE, "forum", null, author, "Member " + author, null,
                            post.title(), post.body(), post.tags(), Map.of(), "PUBLISHED", null,
                            "/forum/topics/" + id, first.plusMillis(id * step)));
                }
                index.upsertAll(batch);
                if ((from + BATCH) % 100_000 == 0) {
                    index.commit(from + BATCH);
                    System.out.printf(Locale.ROOT, "  %,d indexed%n", from + BATCH);
                }
            }
            index.commit(posts);
            index.refresh();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "posts %,d indexed without a database: %.0f posts/s (%.1f s)%n", posts,
                    posts / seconds, seconds);
        }
    }
}
