package org.symbiose.core.task;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.symbiose.api.task.ClusterSchedule;
import org.symbiose.api.task.ScheduledTask;

/**
 * One node's part in the cluster's schedule: every few seconds it tries to claim each of its
 * tasks that is due ({@link TaskTable#claim}), runs the ones it got, renews their lease while they
 * run, and records each run with the next due time. The lease is short and renewed, so a node
 * that dies holding a task delays it by one lease at most.
 *
 * <p>Leases compare times read from the nodes' clocks, which must agree (NTP) to well within a
 * lease.
 */
public final class LeasedSchedule implements ClusterSchedule {

    private static final Logger LOG = Logger.getLogger(LeasedSchedule.class.getName());
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._:-]{1,120}");

    private final TaskTable table;
    private final String node;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final Executor runner;
    private final Duration lease;
    private final Map<String, Task> tasks = new ConcurrentHashMap<>();
    private ScheduledFuture<?> polling;

    /**
     * @param timer  where polling and lease renewals run
     * @param runner where the work runs
     * @param lease  how long a claim holds before another node may take the task over, unless
     *               renewed; renewed every third of it while the work runs
     */
    public LeasedSchedule(DataSource dataSource, String node, Clock clock, ScheduledExecutorService timer, Executor runner,
            Duration lease) {
        this.table = new TaskTable(dataSource);
        this.node = node;
        this.clock = clock;
        this.timer = timer;
        this.runner = runner;
        this.lease = lease;
    }

    /** Starts claiming due tasks every {@code poll}. */
    public synchronized void start(Duration poll) {
        polling = timer.scheduleWithFixedDelay(this::pollQuietly, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops claiming; runs in progress finish. */
    public synchronized void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    @Override
    public ScheduledTask every(String name, Duration period, Runnable work) {
        Objects.requireNonNull(work, "work");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A task name is 1 to 120 letters, digits, dots, dashes, underscores"
                    + " or colons: " + name);
        }
        if (period == null || period.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("A task's period is at least one second: " + period);
        }
        Task task = new Task(name, Duration.ofSeconds(period.toSeconds()), work);
        if (tasks.putIfAbsent(name, task) != null) {
            throw new IllegalArgumentException("Task " + name + " is already scheduled on this node");
        }
        return task;
    }

    /** The cluster's tasks, those of other nodes too. */
    public List<TaskState> tasks() {
        try {
            return table.all();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the scheduled tasks", e);
        }
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled tasks were not polled", e);
        }
    }

    /** Records tasks new to the table, and claims and starts those due. */
    void poll() {
        for (Task task : tasks.values()) {
            try {
                if (!task.registered) {
                    table.register(task.name, task.period, clock.instant());
                    task.registered = true;
                }
                Instant now = clock.instant();
                Optional<Instant> due = table.claim(task.name, node, now, now.plus(lease));
                if (due.isPresent()) {
                    runner.execute(() -> run(task, due.get()));
                }
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "Task " + task.name + " was not claimed", e);
            }
        }
    }

    private void run(Task task, Instant due) {
        long renewMillis = Math.max(1, lease.toMillis() / 3);
        ScheduledFuture<?> renewal = timer.scheduleAtFixedRate(() -> renew(task), renewMillis, renewMillis,
                TimeUnit.MILLISECONDS);
        String error = null;
        try {
            if (!task.cancelled) {
                task.work.run();
            }
        } catch (RuntimeException | Error e) {
            error = e.toString();
            LOG.log(Level.WARNING, "Scheduled task " + task.name + " failed on " + node, e);
        } finally {
            renewal.cancel(false);
        }
        Instant now = clock.instant();
        try {
            if (!table.finish(task.name, node, now, nextDue(due, task.period, now), error)) {
                LOG.warning(() -> "Task " + task.name + " ran past its lease on " + node + " and another node took it over");
            }
        } catch (SQLException e) {
            // the lease runs out and another node (or this one) runs the task again
            LOG.log(Level.WARNING, "The run of task " + task.name + " was not recorded", e);
        }
    }

    private void renew(Task task) {
        try {
            table.renew(task.name, node, clock.instant().plus(lease));
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "The lease of task " + task.name + " was not renewed", e);
        }
    }

    /** The first due time on the task's rhythm after {@code now}: missed periods are made up by one run. */
    static Instant nextDue(Instant due, Duration period, Instant now) {
        if (due.isAfter(now)) {
            return due.plus(period);
        }
        long missed = Duration.between(due, now).toSeconds() / period.toSeconds();
        return due.plus(period.multipliedBy(missed + 1));
    }

    private final class Task implements ScheduledTask {

        final String name;
        final Duration period;
        final Runnable work;
        volatile boolean registered;
        volatile boolean cancelled;

        Task(String name, Duration period, Runnable work) {
            this.name = name;
            this.period = period;
            this.work = work;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void cancel() {
            cancelled = true;
            tasks.remove(name, this);
        }
    }
}
