package org.symbiose.core.member;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.symbiose.api.testing.SettableClock;
import org.symbiose.core.TestDatabase;
import org.symbiose.core.persistence.LocalTransaction;

/** The throttle on a real database: counts in the window, forgiveness, per address, and parallel guesses. */
class LoginThrottleTest {

    private static TestDatabase database;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-23T10:00:00Z"));

    @BeforeAll
    static void start() {
        database = TestDatabase.start(TestDatabase.Kind.H2, "login-throttle");
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void throttlesAfterTheLimitUntilTheOldestFailureLeavesTheWindow() {
        String account = "window@example.org";
        admit(account, "10.0.0.1");
        clock.advance(Duration.ofSeconds(60));
        admit(account, "10.0.0.1");
        assertThat(admit(account, "10.0.0.1").refused()).as("the third attempt is still counted").isFalse();

        LoginThrottle.Admission refused = admit(account, "10.0.0.2");
        assertThat(refused.retryAfter()).contains(Duration.ofMinutes(14));
        assertThat(admit("other@example.org", "10.0.0.1").refused()).as("other accounts are not affected").isFalse();

        clock.advance(Duration.ofMinutes(14));
        assertThat(admit(account, "10.0.0.1").refused()).as("the first failure left the window").isFalse();
    }

    @Test
    void aSuccessForgivesTheAccountsEarlierFailures() {
        String account = "forgiven@example.org";
        admit(account, "10.0.1.1");
        admit(account, "10.0.1.1");
        succeeded(admit(account, "10.0.1.1"));
        admit(account, "10.0.1.1");
        admit(account, "10.0.1.1");
        assertThat(admit(account, "10.0.1.1").refused()).isFalse();
    }

    @Test
    void oneAddressGuessingOnManyAccountsIsThrottled() {
        for (int i = 0; i < 10; i++) {
            assertThat(admit("victim" + i + "@example.org", "10.0.2.1").refused()).isFalse();
        }
        assertThat(admit("victim10@example.org", "10.0.2.1").refused()).as("ten failures from one address").isTrue();
        assertThat(admit("victim10@example.org", "10.0.2.2").refused()).as("another address").isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void parallelGuessesOnOneAccountPassOnlyUpToTheLimit(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase parallel = TestDatabase.start(kind, "login-throttle-parallel")) {
            int guesses = 30;
            ExecutorService guessers = Executors.newFixedThreadPool(guesses);
            CountDownLatch ready = new CountDownLatch(guesses);
            List<Future<Boolean>> admitted = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                String address = "10.0.3." + i;
                admitted.add(guessers.submit(() -> {
                    EntityManager em = parallel.entityManagerFactory().createEntityManager();
                    try {
                        LoginThrottle throttle = new LoginThrottle(em, Clock.systemUTC(), 3, 10, 15);
                        ready.countDown();
                        ready.await();
                        return !LocalTransaction.run(em, () -> throttle.admit("target@example.org", address)).refused();
                    } finally {
                        em.close();
                    }
                }));
            }
            int passed = 0;
            for (Future<Boolean> guess : admitted) {
                passed += guess.get() ? 1 : 0;
            }
            guessers.shutdown();
            assertThat(passed).as("guesses that reach the password check").isEqualTo(3);
        }
    }

    private LoginThrottle.Admission admit(String email, String address) {
        EntityManager em = database.entityManagerFactory().createEntityManager();
        try {
            return LocalTransaction.run(em, () -> new LoginThrottle(em, clock, 3, 10, 15).admit(email, address));
        } finally {
            em.close();
        }
    }

    private void succeeded(LoginThrottle.Admission admission) {
        EntityManager em = database.entityManagerFactory().createEntityManager();
        try {
            LocalTransaction.run(em, () -> {
                new LoginThrottle(em, clock, 3, 10, 15).succeeded(admission);
                return null;
            });
        } finally {
            em.close();
        }
    }
}
