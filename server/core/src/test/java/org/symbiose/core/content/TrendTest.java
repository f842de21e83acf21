package org.symbiose.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrendTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final Instant WEEK_AGO = NOW.minus(Duration.ofDays(7));

    @Test
    void aVoteAWeekOldCountsHalfAsMuch() {
        double twoOld = Trend.plus(Trend.plus(Trend.NONE, WEEK_AGO), WEEK_AGO);
        double oneNew = Trend.plus(Trend.NONE, NOW);
        assertThat(twoOld).isCloseTo(oneNew, within(1e-9));
        assertThat(Trend.plus(Trend.NONE, NOW)).isGreaterThan(Trend.NONE);
    }

    @Test
    void takingVotesBackReturnsToWhatWasThereAndToNoneAtTheLast() {
        double one = Trend.plus(Trend.NONE, WEEK_AGO);
        double two = Trend.plus(one, NOW);
        assertThat(Trend.minus(two, NOW)).isCloseTo(one, within(1e-9));
        assertThat(Trend.minus(Trend.minus(two, NOW), WEEK_AGO)).isEqualTo(Trend.NONE);
        assertThat(Trend.minus(Trend.NONE, NOW)).isEqualTo(Trend.NONE);
        assertThat(Trend.minus(two, null)).as("a vote from before trends was never counted").isEqualTo(two);
    }

    @Test
    void staysFiniteForDecades() {
        Instant far = Instant.parse("2126-01-01T00:00:00Z");
        double many = Trend.NONE;
        for (int i = 0; i < 1000; i++) {
            many = Trend.plus(many, far);
        }
        assertThat(many).isFinite().isCloseTo(Trend.plus(Trend.NONE, far) + Math.log(1000), within(1e-6));
    }
}
