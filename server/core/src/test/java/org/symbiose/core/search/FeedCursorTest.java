package org.symbiose.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedCursorTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private final Instant start = Instant.parse("2026-12-06T12:00:00Z");

    @Test
    void aHoleHoldsThePositionUntilItFills() {
        FeedCursor cursor = new FeedCursor(10, WAIT);
        cursor.advance(List.of(11L, 13L, 14L), List.of(), start);

        assertThat(cursor.read()).isEqualTo(14);
        assertThat(cursor.settled()).isEqualTo(11);
        assertThat(cursor.gaps(start)).containsExactly(12L);

        cursor.advance(List.of(), List.of(12L), start.plusSeconds(1));
        assertThat(cursor.settled()).isEqualTo(14);
        assertThat(cursor.gaps(start.plusSeconds(1))).isEmpty();
    }

    @Test
    void aHoleThatNeverFillsIsGivenUpAfterTheWait() {
        FeedCursor cursor = new FeedCursor(0, WAIT);
        cursor.advance(List.of(1L, 3L), List.of(), start);

        assertThat(cursor.gaps(start.plus(WAIT))).containsExactly(2L);
        assertThat(cursor.gaps(start.plus(WAIT).plusSeconds(1))).isEmpty();
        assertThat(cursor.settled()).isEqualTo(3);
    }

    @Test
    void aJumpOfTheSequenceKeepsOnlyTheHolesJustBelowIt() {
        FeedCursor cursor = new FeedCursor(0, WAIT);
        cursor.advance(List.of(1_000_000L), List.of(), start);

        assertThat(cursor.gaps(start)).hasSize(FeedCursor.MOST_GAPS);
        assertThat(cursor.settled()).isEqualTo(1_000_000L - FeedCursor.MOST_GAPS - 1);
    }
}
