package org.symbiose.core.content;

import java.time.Duration;
import java.time.Instant;
import org.symbiose.api.content.ItemOrder;

/**
 * An item's up votes decayed over time, as {@link ItemOrder#TRENDING} sorts them: the log of
 * {@code Σ 2^((cast − EPOCH) / half-life)}. Each vote's weight grows with when it was cast instead
 * of every item's shrinking with time, so the stored value never needs rewriting and its order
 * is the order of the decayed counts at any moment. In log space, because the weights themselves
 * pass a double's range in about twenty years.
 */
final class Trend {

    /** The value of an item without up votes: below any sum of real votes. */
    static final double NONE = -1.0e9;

    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    private static final double PER_SECOND = Math.log(2)
            / Duration.ofDays(ItemOrder.TRENDING_HALF_LIFE_DAYS).toSeconds();

    private Trend() {
    }

    /** The trend with one more up vote cast at {@code cast}. */
    static double plus(double trend, Instant cast) {
        double vote = logWeight(cast);
        if (trend <= NONE) {
            return vote;
        }
        double high = Math.max(trend, vote);
        return high + Math.log1p(Math.exp(Math.min(trend, vote) - high));
    }

    /**
     * The trend without an up vote cast at {@code cast}; unchanged for a vote of unknown time
     * ({@code null}: cast before votes had one), which the trend never counted.
     */
    static double minus(double trend, Instant cast) {
        if (cast == null || trend <= NONE) {
            return trend;
        }
        double share = Math.exp(logWeight(cast) - trend);
        // the last vote, give or take rounding: nothing is left
        return share > 1 - 1e-9 ? NONE : trend + Math.log1p(-share);
    }

    private static double logWeight(Instant cast) {
        return Duration.between(EPOCH, cast).toMillis() / 1000.0 * PER_SECOND;
    }
}
