package org.symbiose.plugins.blog.post;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.task.ClusterSchedule;
import org.symbiose.api.task.ScheduledTask;

/**
 * Publishes scheduled posts when they are due: once every {@link #PERIOD} in the whole cluster,
 * all that are due, page after page, so that a post appears within a minute of its date even when
 * a thousand fall due together. Publishing a due post twice (after an interrupted run) does
 * nothing the second time.
 */
@Component(service = PublishingClock.class, immediate = true)
public class PublishingClock {

    static final Duration PERIOD = Duration.ofSeconds(20);
    static final int PAGE = 100;
    private static final Logger LOG = Logger.getLogger(PublishingClock.class.getName());

    @Reference
    private ClusterSchedule schedule;

    @Reference
    private BlogPosts posts;

    private final Clock clock = Clock.systemUTC();
    private ScheduledTask task;

    @Activate
    void start() {
        task = schedule.every("publish-due", PERIOD, this::publishDue);
    }

    @Deactivate
    void stop() {
        if (task != null) {
            task.cancel();
        }
    }

    /**
     * Publishes every post due now, page after page; what falls due during the run waits for the
     * next one, and so does the rest of a page where a post failed (it stays first in the queue).
     */
    void publishDue() {
        var now = clock.instant();
        int total = 0;
        BlogPosts.DueRun run;
        do {
            run = posts.publishDue(now, PAGE);
            total += run.published();
        } while (run.failed() == 0 && run.published() == PAGE);
        if (total > 0) {
            LOG.fine("Published scheduled posts: " + total);
        }
    }
}
