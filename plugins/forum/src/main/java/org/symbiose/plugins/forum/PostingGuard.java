package org.symbiose.plugins.forum;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.data.PluginData;
import org.symbiose.api.task.ClusterSchedule;
import org.symbiose.api.task.ScheduledTask;

/**
 * Refuses posts that come too fast (429) or repeat a recent one by the same member (409). Both
 * are decided in the database, within the post's own transaction, so the limits hold however many
 * nodes share the posting and cost no commit of their own.
 */
@Component(service = PostingGuard.class)
public class PostingGuard {

    private static final Logger LOG = Logger.getLogger(PostingGuard.class.getName());

    @Reference
    private PluginData data;

    @Reference
    private Clock clock;

    @Reference
    private ForumSettings settings;

    @Reference
    private ClusterSchedule schedule;

    private PostingRate rate;
    private RecentBodies bodies;
    private ScheduledTask cleanup;

    public PostingGuard() {
    }

    /** A guard outside the framework (tests), with no cleanup running. */
    PostingGuard(PluginData data, Clock clock, ForumSettings settings) {
        this.data = data;
        this.clock = clock;
        this.settings = settings;
        prepare();
    }

    @Activate
    void start() {
        prepare();
        // once in the cluster: a delete of what no longer counts
        cleanup = schedule.every("posting-limits-cleanup", Duration.ofMinutes(1), this::forgetOld);
    }

    @Deactivate
    void stop() {
        cleanup.cancel();
    }

    /** Why a post is refused, and the answer the member gets. */
    enum Refusal {
        DUPLICATE(Response.Status.CONFLICT, "You posted the same text a moment ago; it is not posted twice"),
        TOO_FAST(Response.Status.TOO_MANY_REQUESTS, "You are posting too fast; wait a minute");

        private final Response.Status status;
        private final String message;

        Refusal(Response.Status status, String message) {
            this.status = status;
            this.message = message;
        }

        ClientErrorException exception() {
            return new ClientErrorException(message, status);
        }
    }

    /**
     * Checks a post about to be written, counting it against the member's rate and claiming its
     * text. Call it within the write's transaction: the count and the claim are then written with
     * the post, and gone if it is not written; a concurrent post of the same text waits for this
     * one's transaction and is then refused as a duplicate.
     *
     * @throws ClientErrorException 409 for a text the member posted a moment ago, 429 for a post too many
     */
    public void admit(Viewer author, String body) {
        Optional<Refusal> refusal = check(author, body);
        if (refusal.isPresent()) {
            throw refusal.get().exception();
        }
    }

    /** What {@link #admit} does, answering the refusal rather than throwing it. */
    Optional<Refusal> check(Viewer author, String body) {
        if (!bodies.claim(author.id(), body)) {
            return Optional.of(Refusal.DUPLICATE);
        }
        if (!rate.tryPost(author.id(), author.isNewcomer(), clock.instant(), settings.number(ForumSettings.POSTS_PER_MINUTE),
                settings.number(ForumSettings.NEWCOMER_POSTS_PER_MINUTE))) {
            // the caller's transaction rolls back on the refusal; this is for a caller without one
            bodies.release(author.id(), body);
            return Optional.of(Refusal.TOO_FAST);
        }
        return Optional.empty();
    }

    private void prepare() {
        rate = new PostingRate(data);
        bodies = new RecentBodies(data);
    }

    private void forgetOld() {
        try {
            rate.forgetOld();
            bodies.forgetOld();
        } catch (RuntimeException e) {
            // what this round left, the next one removes
            LOG.log(Level.WARNING, "Could not remove old posting counters and texts", e);
        }
    }
}
