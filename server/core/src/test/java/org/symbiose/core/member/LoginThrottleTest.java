package org.symbiose.core.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-23T10:00:00Z");

    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }, 3, 15);

    @Test
    void throttlesAfterTheLimitUntilTheOldestFailureLeavesTheWindow() {
        throttle.failed("email:a");
        now = now.plusSeconds(60);
        throttle.failed("email:a");
        assertThat(throttle.waitFor("email:a")).isEmpty();
        throttle.failed("email:a");

        assertThat(throttle.waitFor("email:a")).contains(Duration.ofMinutes(14));
        assertThat(throttle.waitFor("email:b")).as("other accounts are not affected").isEmpty();

        now = now.plus(Duration.ofMinutes(14));
        assertThat(throttle.waitFor("email:a")).as("the first failure left the window").isEmpty();
    }

    @Test
    void aSuccessForgivesEarlierFailures() {
        throttle.failed("email:a");
        throttle.failed("email:a");
        throttle.succeeded("email:a");
        throttle.failed("email:a");
        assertThat(throttle.waitFor("email:a")).isEmpty();
    }
}
