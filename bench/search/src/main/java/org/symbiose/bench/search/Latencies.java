package org.symbiose.bench.search;

import java.util.Arrays;
import java.util.Locale;

/** Response times of one measured run, in nanoseconds, with the errors and how long the run took. */
public final class Latencies {

    private long[] nanos = new long[1 << 16];
    private int count;
    private long errors;

    public void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    public void error() {
        errors++;
    }

    /** All runs' latencies together, for several threads measured over the same time. */
    public static Latencies merged(Iterable<Latencies> runs) {
        Latencies all = new Latencies();
        for (Latencies run : runs) {
            for (int i = 0; i < run.count; i++) {
                all.add(run.nanos[i]);
            }
            all.errors += run.errors;
        }
        return all;
    }

    public int count() {
        return count;
    }

    /** The {@code quantile} (0.5 for the median) of the latencies, in milliseconds. */
    public double millis(double quantile) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return millis(sorted, quantile);
    }

    /** "1234 req/s, p50 1.20 ms, p99 4.50 ms, 0 errors" over a run of {@code seconds}. */
    public String summary(double seconds) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%7.0f req/s  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  %,d requests  %d errors",
                count / seconds, millis(sorted, 0.50), millis(sorted, 0.99),
                count == 0 ? 0 : sorted[count - 1] / 1e6, count, errors);
    }

    private static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
