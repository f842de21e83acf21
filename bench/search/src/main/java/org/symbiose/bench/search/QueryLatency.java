package org.symbiose.bench.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.symbiose.api.search.SearchOrder;
import org.symbiose.core.search.index.LuceneIndex;
import org.symbiose.core.search.index.SearchRequest;
import org.symbiose.core.search.index.Visibility;

/**
 * {@code QueryLatency <dataDir> [seconds=20]}: in-process search latency over the index under
 * {@code <dataDir>/index}, for random two-word queries asking the top 10 with the total (exact up to 1,000), by
 * one thread then two; "plain" asks hits and total only, "full" also facets and highlighted snippets, as the search
 * page does.
 */
public final class QueryLatency {

    private static final int QUERIES = 200_000;
    private static final int TOP = 10;
    private static final Visibility VISITOR = new Visibility(Set.of("PUBLISHED"), Set.of(), null);

    private QueryLatency() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: QueryLatency <dataDir> [seconds=20]");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]);
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<String> queries = new Queries(new Posts()).draw(QUERIES, 7);
        try (LuceneIndex index = LuceneIndex.open(dataDir.resolve("index"))) {
            System.out.printf(Locale.ROOT, "%,d items; %d s per run; e.g. \"%s\", \"%s\", \"%s\"%n", index.size(),
                    seconds, queries.get(0), queries.get(1), queries.get(2));
            System.out.printf(Locale.ROOT, "mean total hits: %,.0f%n", meanTotal(index, queries.subList(0, 1000)));
            // the JIT, the OS page cache and Lucene's lazily loaded structures, before anything is measured
            run(index, queries, true, 2, Math.max(5, seconds / 2));
            for (boolean full : new boolean[] {false, true}) {
                for (int threads : new int[] {1, 2}) {
                    Latencies measured = run(index, queries, full, threads, seconds);
                    System.out.printf(Locale.ROOT, "%-5s %d thread%s %s%n", full ? "full" : "plain", threads,
                            threads == 1 ? " " : "s", measured.summary(seconds));
                }
            }
        }
    }

    private static double meanTotal(LuceneIndex index, List<String> queries) throws Exception {
        long total = 0;
        for (String query : queries) {
            total += index.search(request(query, false)).total();
        }
        return (double) total / queries.size();
    }

    /** Each thread searches from its own place in the list, one query after the other, until time is up. */
    private static Latencies run(LuceneIndex index, List<String> queries, boolean full, int threads, int seconds)
            throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Latencies>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t * (queries.size() / threads);
                running.add(pool.submit(() -> {
                    Latencies latencies = new Latencies();
                    for (int i = first; System.nanoTime() < end; i = (i + 1) % queries.size()) {
                        long start = System.nanoTime();
                        index.search(request(queries.get(i), full));
                        latencies.add(System.nanoTime() - start);
                    }
                    return latencies;
                }));
            }
            List<Latencies> all = new ArrayList<>();
            for (Future<Latencies> thread : running) {
                all.add(thread.get());
            }
            return Latencies.merged(all);
        }
    }

    private static SearchRequest request(String query, boolean full) {
        return new SearchRequest(query, SearchOrder.RELEVANCE, 0, TOP, VISITOR, full, full);
    }
}
