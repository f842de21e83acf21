package org.symbiose.core.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing: after too many failed sign-ins for one key (an e-mail address or a
 * client address) within a window, further attempts for that key are refused until the oldest
 * failure leaves the window. Kept in memory: a restart forgives, which is acceptable for a
 * throttle.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Beyond this many keys, expired ones are swept so the map cannot grow without bound. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    @Inject
    public LoginThrottle(Clock clock,
            @ConfigProperty(name = "symbiose.security.login.max-failures", defaultValue = "5") int maxFailures,
            @ConfigProperty(name = "symbiose.security.login.window-minutes", defaultValue = "15") long windowMinutes) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = Duration.ofMinutes(windowMinutes);
    }

    /** For the container's proxy only. */
    protected LoginThrottle() {
        this(Clock.systemUTC(), 5, 15);
    }

    /** How long {@code key} must wait before its next attempt, if it is throttled now. */
    public Optional<Duration> waitFor(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            Instant now = clock.instant();
            expire(times, now);
            if (times.size() < maxFailures) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
        }
    }

    public void failed(String key) {
        if (failures.size() > SWEEP_ABOVE) {
            sweep();
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            while (times.size() > maxFailures) {
                times.removeFirst();
            }
        }
    }

    public void succeeded(String key) {
        failures.remove(key);
    }

    private void sweep() {
        Instant now = clock.instant();
        failures.values().removeIf(times -> {
            synchronized (times) {
                expire(times, now);
                return times.isEmpty();
            }
        });
    }

    private void expire(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
    }
}
