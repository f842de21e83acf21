package org.symbiose.core.moderation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once a day, promotes members whose participation meets a higher level although they recorded
 * nothing new: a sanction that has aged past a level's clean days, a silence that ended.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrustSweep {

    private static final Logger LOG = Logger.getLogger(TrustSweep.class.getName());
    private static final int BATCH = 500;

    @Inject
    private TrustLevels trust;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleAtFixedRate(this::sweep, 60, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        task.cancel(false);
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
