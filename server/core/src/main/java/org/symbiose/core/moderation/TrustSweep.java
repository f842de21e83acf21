package org.symbiose.core.moderation;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.symbiose.api.task.ScheduledTask;
import org.symbiose.core.platform.SchemaMigrated;
import org.symbiose.core.task.ServerSchedule;

/**
 * Once a day ({@code symbiose.trust.sweep-period}), promotes members whose participation meets a
 * higher level although they recorded nothing new: a sanction that has aged past a level's clean
 * days, a silence that ended. Once in the cluster, on whichever node claims it
 * ({@link ServerSchedule}).
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrustSweep {

    private static final Logger LOG = Logger.getLogger(TrustSweep.class.getName());
    private static final int BATCH = 500;

    /** The task's name in the cluster's schedule. */
    public static final String NAME = "core.trust-sweep";

    @Inject
    private TrustLevels trust;

    @Inject
    private ServerSchedule schedule;

    @Inject
    @ConfigProperty(name = "symbiose.trust.sweep-period", defaultValue = "P1D")
    private String period;

    private volatile ScheduledTask task;

    /** Starts once the schema is migrated (at deployment the migration may still be running). */
    public void start(@Observes SchemaMigrated migrated) {
        task = schedule.every(NAME, Duration.parse(period), this::sweep);
    }

    @PreDestroy
    void stop() {
        // undeployed before the schema was migrated: nothing was scheduled
        if (task != null) {
            task.cancel();
        }
    }

    void sweep() {
        long after = 0;
        List<Long> batch;
        do {
            batch = trust.promotable(after, BATCH);
            for (long memberId : batch) {
                try {
                    trust.recompute(memberId);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "The trust level of member " + memberId + " was not recomputed", e);
                }
                after = memberId;
            }
        } while (batch.size() == BATCH);
    }
}
