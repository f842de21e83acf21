package org.symbiose.api.task;

import java.time.Duration;

/**
 * Periodic work run once per period in the whole cluster, not once per node.
 *
 * <p>Each task has a name unique in the cluster; every node that schedules the same name takes
 * part in running it, and the database decides which node runs each period: the node that claims
 * the due task holds a lease on it while the work runs and sets its next due time when it ends.
 * A node that dies while holding the lease leaves it to expire, after which another node runs the
 * task. So the work must be safe to run again after an interruption (idempotent, or resuming
 * from what it recorded), and should not assume it runs on the node that scheduled it.
 *
 * <p>The due time is kept in the database: restarting every node neither runs a task early nor
 * skips it. A period missed while no node ran is made up by one run, not by one per missed
 * period. The work runs on a thread of the server's, outside any transaction, and may call the
 * other services. A failing run is logged and recorded for administrators; the task is due again
 * one period later.
 *
 * <p>For plugins the service is per plugin: a task's name is kept as {@code <plugin id>:<name>},
 * and the plugin's tasks are cancelled when the plugin stops.
 */
public interface ClusterSchedule {

    /**
     * Schedules {@code work} to run once every {@code period} in the cluster; its first run is one
     * period after the task was first scheduled on any node.
     *
     * @param name   the task's name, unique in the cluster (for plugins: in the plugin); letters,
     *               digits, dots, dashes and underscores, at most 80 characters
     * @param period how often it runs; at least one second
     * @param work   what it does, on a server thread outside any transaction
     * @return the task on this node, to cancel it
     * @throws IllegalArgumentException if the name is malformed or already scheduled on this
     *                                  node, or the period is shorter than a second
     */
    ScheduledTask every(String name, Duration period, Runnable work);
}
