package org.symbiose.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.symbiose.api.task.ScheduledTask;
import org.symbiose.api.testing.SettableClock;
import org.symbiose.core.TestDatabase;

/**
 * Two nodes (two schedules with two node names) on one database, polled by hand on a clock the
 * test moves: each period's run happens once, and a holder that dies is taken over after its lease.
 */
class LeasedScheduleTest {

    private static final Duration PERIOD = Duration.ofMinutes(10);
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final Executor AT_ONCE = Runnable::run;
    /** A node that claims a task and dies before running it: the work never runs, the lease is never released. */
    private static final Executor DIES = work -> { };

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private ScheduledExecutorService timer;

    @BeforeEach
    void startTimer() {
        timer = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    private LeasedSchedule node(TestDatabase database, String name, Executor runner) {
        return new LeasedSchedule(database.dataSource(), name, clock, timer, runner, LEASE);
    }

    private static TaskState state(LeasedSchedule schedule, String name) {
        return schedule.tasks().stream().filter(task -> task.name().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void eachPeriodRunsOnceWhicheverNodesPoll(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.start(kind, "schedule-once")) {
            AtomicInteger onA = new AtomicInteger();
            AtomicInteger onB = new AtomicInteger();
            LeasedSchedule a = node(database, "node-a", AT_ONCE);
            LeasedSchedule b = node(database, "node-b", AT_ONCE);
            a.every("sweep", PERIOD, onA::incrementAndGet);
            b.every("sweep", PERIOD, onB::incrementAndGet);

            a.poll();
            b.poll();
            assertThat(onA.get() + onB.get()).as("first due one period after it was scheduled").isZero();

            for (int period = 1; period <= 6; period++) {
                clock.advance(PERIOD);
                LeasedSchedule first = period % 2 == 0 ? a : b;
                LeasedSchedule second = first == a ? b : a;
                first.poll();
                second.poll();
                first.poll();
                clock.advance(Duration.ofSeconds(30));
                second.poll();
                clock.advance(Duration.ofSeconds(-30));
            }

            assertThat(onA.get()).isEqualTo(3);
            assertThat(onB.get()).isEqualTo(3);
            TaskState sweep = state(a, "sweep");
            assertThat(sweep.runs()).isEqualTo(6);
            assertThat(sweep.lastNode()).isEqualTo("node-a");
            assertThat(sweep.period()).isEqualTo("PT10M");
            assertThat(sweep.nextDue()).isEqualTo(clock.instant().plus(PERIOD));
            assertThat(sweep.holder()).isNull();
            assertThat(sweep.lastError()).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aHolderThatDiesIsTakenOverOnceItsLeaseRunsOut(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.start(kind, "schedule-takeover")) {
            AtomicInteger onB = new AtomicInteger();
            LeasedSchedule a = node(database, "node-a", DIES);
            LeasedSchedule b = node(database, "node-b", AT_ONCE);
            a.every("digest", PERIOD, () -> { });
            b.every("digest", PERIOD, onB::incrementAndGet);
            a.poll();
            b.poll();

            clock.advance(PERIOD);
            a.poll();
            assertThat(state(b, "digest").holder()).isEqualTo("node-a");
            b.poll();
            clock.advance(LEASE);
            b.poll();
            assertThat(onB.get()).as("still within the lease").isZero();

            clock.advance(Duration.ofSeconds(1));
            b.poll();
            assertThat(onB.get()).as("the lease ran out").isEqualTo(1);
            TaskState digest = state(b, "digest");
            assertThat(digest.lastNode()).isEqualTo("node-b");
            assertThat(digest.runs()).isEqualTo(1);
            assertThat(digest.nextDue()).as("on the task's rhythm").isEqualTo(Instant.parse("2026-12-06T10:20:00Z"));
        }
    }

    @Test
    void aFailingRunIsRecordedAndDueAgainNextPeriod() throws Exception {
        try (TestDatabase database = TestDatabase.start(TestDatabase.Kind.H2, "schedule-failure")) {
            LeasedSchedule a = node(database, "node-a", AT_ONCE);
            AtomicInteger tries = new AtomicInteger();
            a.every("flaky", PERIOD, () -> {
                tries.incrementAndGet();
                throw new IllegalStateException("broken");
            });
            a.poll();
            clock.advance(PERIOD);
            a.poll();
            a.poll();

            TaskState flaky = state(a, "flaky");
            assertThat(tries.get()).isEqualTo(1);
            assertThat(flaky.runs()).isEqualTo(1);
            assertThat(flaky.lastError()).contains("broken");
            assertThat(flaky.nextDue()).isEqualTo(clock.instant().plus(PERIOD));
        }
    }

    @Test
    void aCancelledTaskIsNoLongerRunByThisNode() throws Exception {
        try (TestDatabase database = TestDatabase.start(TestDatabase.Kind.H2, "schedule-cancel")) {
            LeasedSchedule a = node(database, "node-a", AT_ONCE);
            AtomicInteger runs = new AtomicInteger();
            a.every("kept", PERIOD, () -> { });
            ScheduledTask gone = a.every("gone", PERIOD, runs::incrementAndGet);
            a.poll();
            gone.cancel();
            clock.advance(PERIOD);
            a.poll();

            assertThat(runs.get()).isZero();
            assertThat(state(a, "kept").runs()).isEqualTo(1);
            assertThatThrownBy(() -> a.every("kept", PERIOD, () -> { })).as("one per name on a node")
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> a.every("bad name", PERIOD, () -> { })).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> a.every("short", Duration.ofMillis(10), () -> { }))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void missedPeriodsAreMadeUpByOneRun() {
        Instant due = Instant.parse("2026-12-06T10:00:00Z");
        assertThat(LeasedSchedule.nextDue(due, PERIOD, due.plusSeconds(5))).isEqualTo(due.plus(PERIOD));
        assertThat(LeasedSchedule.nextDue(due, PERIOD, due.plus(PERIOD.multipliedBy(3)).plusSeconds(1)))
                .isEqualTo(due.plus(PERIOD.multipliedBy(4)));
        assertThat(LeasedSchedule.nextDue(due, PERIOD, due.minusSeconds(1))).isEqualTo(due.plus(PERIOD));
    }
}
