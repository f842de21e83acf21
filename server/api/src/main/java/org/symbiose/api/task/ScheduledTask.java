package org.symbiose.api.task;

/** A task scheduled on this node through {@link ClusterSchedule}. */
public interface ScheduledTask {

    /** The task's name in the cluster. */
    String name();

    /**
     * Stops this node from taking part in the task; a run in progress on this node finishes.
     * Other nodes that scheduled the same name still run it, and the task's record stays.
     */
    void cancel();
}
