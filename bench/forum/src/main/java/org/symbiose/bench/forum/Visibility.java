package org.symbiose.bench.forum;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * How long replies take to become searchable: each reply's word searched for on a virtual thread of its own, from
 * its 201 until a search finds it.
 */
final class Visibility implements AutoCloseable {

    private static final long SEARCH_POLL_MILLIS = 20;
    private static final long SEARCH_GIVE_UP_NANOS = 10_000_000_000L;

    private final ExecutorService searches = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

    /** Starts searching for {@code word}, which a reply answered 201 just now ends with. */
    void check(Api anonymous, String word) {
        searches.execute(() -> nanos.add(untilFound(anonymous, word)));
    }

    /** Waits for the searches still going. */
    @Override
    public void close() {
        searches.close();
    }

    /** One line, which bench/perf.sh parses: {@code searchable after: p50 … ms  p99 … ms  max … ms  N samples  M not found …}. */
    void report() {
        long[] found = nanos.stream().mapToLong(Long::longValue).filter(n -> n >= 0).sorted().toArray();
        System.out.printf(Locale.ROOT, "searchable after: p50 %.0f ms  p99 %.0f ms  max %.0f ms  %d samples  %d not found within %d s%n",
                quantileMillis(found, 0.50), quantileMillis(found, 0.99), quantileMillis(found, 1.0),
                nanos.size(), nanos.size() - found.length, SEARCH_GIVE_UP_NANOS / 1_000_000_000L);
    }

    /**
     * How long after its reply was answered 201 a search first finds {@code word}, polling every
     * {@value #SEARCH_POLL_MILLIS} ms; {@code -1} if not found within {@link #SEARCH_GIVE_UP_NANOS}.
     */
    private static long untilFound(Api anonymous, String word) {
        long start = System.nanoTime();
        try {
            while (System.nanoTime() - start < SEARCH_GIVE_UP_NANOS) {
                Api.Answer answer = anonymous.get("/api/v1/search?q=" + word + "&facets=false&snippets=false");
                if (answer.status() == 200 && answer.json().getJsonNumber("total").longValue() > 0) {
                    return System.nanoTime() - start;
                }
                Thread.sleep(SEARCH_POLL_MILLIS);
            }
        } catch (Exception e) {
            // counted as never found
        }
        return -1;
    }

    private static double quantileMillis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
