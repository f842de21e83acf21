package org.symbiose.bench.search;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Draws from a list ranked most frequent first, the word of rank r with a weight of 1/r, as word frequencies in
 * real text go: a few words everywhere, a long tail of rare ones.
 */
final class Zipf<T> {

    private final List<T> ranked;
    private final double[] cumulative;

    Zipf(List<T> ranked) {
        this.ranked = List.copyOf(ranked);
        this.cumulative = new double[ranked.size()];
        double sum = 0;
        for (int rank = 0; rank < cumulative.length; rank++) {
            sum += 1.0 / (rank + 1);
            cumulative[rank] = sum;
        }
    }

    T next(Random random) {
        double point = random.nextDouble() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, point);
        return ranked.get(Math.min(found < 0 ? -found - 1 : found, ranked.size() - 1));
    }
}
