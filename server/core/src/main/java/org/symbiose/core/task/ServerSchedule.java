package org.symbiose.core.task;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.symbiose.api.task.ClusterSchedule;
import org.symbiose.api.task.ScheduledTask;
import org.symbiose.core.cluster.ThisNode;

/**
 * The cluster's schedule on this server: the core's and the plugins' periodic work, claimed
 * through the database and run on the server's managed threads. It is made by the first bean
 * that schedules something, after the schema is migrated.
 */
@ApplicationScoped
public class ServerSchedule implements ClusterSchedule {

    @Resource(lookup = "java:app/jdbc/symbiose")
    private DataSource dataSource;

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    private ThisNode node;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "symbiose.tasks.poll-seconds", defaultValue = "5")
    private long pollSeconds;

    @Inject
    @ConfigProperty(name = "symbiose.tasks.lease-seconds", defaultValue = "60")
    private long leaseSeconds;

    private LeasedSchedule schedule;

    @PostConstruct
    void start() {
        schedule = new LeasedSchedule(dataSource, node.name(), clock, executor, executor, Duration.ofSeconds(leaseSeconds));
        schedule.start(Duration.ofSeconds(pollSeconds));
    }

    @PreDestroy
    void stop() {
        schedule.stop();
    }

    @Override
    public ScheduledTask every(String name, Duration period, Runnable work) {
        return schedule.every(name, period, work);
    }

    /** Every task of the cluster with its last run and next due time. */
    public List<TaskState> tasks() {
        return schedule.tasks();
    }
}
