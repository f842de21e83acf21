package org.symbiose.bench.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that starts {@code span} ago and moves forward by an even step at each reading, so that posts written
 * in a few minutes look written over months: date facets and "newest first" then see a realistic spread.
 */
final class BackdatingClock extends Clock {

    private final Instant start;
    private final long stepNanos;
    private final AtomicLong readings = new AtomicLong();

    BackdatingClock(Duration span, long readingsExpected) {
        this.start = Instant.now().minus(span);
        this.stepNanos = Math.max(1, span.toNanos() / Math.max(1, readingsExpected));
    }

    @Override
    public Instant instant() {
        return start.plusNanos(readings.getAndIncrement() * stepNanos);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the benchmark only writes UTC instants");
    }
}
