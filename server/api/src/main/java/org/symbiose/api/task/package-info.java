/**
 * Background work that runs once in the cluster: {@link org.symbiose.api.task.ClusterSchedule},
 * a service in the registry.
 *
 * <p>Several servers (nodes) may share one database. Work a plugin schedules with the JVM's own
 * executors runs on every node; work scheduled here runs on one node per period, whichever is
 * free when it is due, and carries on on another node when the one running it dies. What each
 * node must do for itself (writing its own buffered counters, say) stays on the node's own
 * executor.
 */
@Version("1.0.0")
package org.symbiose.api.task;

import org.osgi.annotation.versioning.Version;
