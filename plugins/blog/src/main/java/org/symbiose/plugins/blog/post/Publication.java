package org.symbiose.plugins.blog.post;

import java.time.Duration;
import java.time.Instant;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;

/**
 * Where a post goes when its writer asks for a state and a date: the blog's rules on review and
 * on dates in the past, applied before anything is written.
 *
 * @param state     the state it takes
 * @param publishAt its publication date, or null for an undated draft
 */
public record Publication(PostState state, Instant publishAt) {

    /** A date this close to now counts as now: clocks and forms are not that precise. */
    static final Duration NOW = Duration.ofMinutes(1);

    /**
     * Decides the state and date of a post.
     *
     * @param requested    what the writer asks for (null: a draft)
     * @param at           the date they ask for, or null for now (when publishing)
     * @param current      the post's current state, or null for a new post
     * @param mayPublish   whether the writer publishes without an approval
     * @param pastAllowed  whether the blog accepts dates in the past
     * @param now          the time
     * @throws ProblemException 403 when publishing needs an approval, 400 for a date in the past
     *                          the blog forbids or a schedule without a future date
     */
    public static Publication decide(PostState requested, Instant at, PostState current, boolean mayPublish,
            boolean pastAllowed, Instant now) {
        PostState wanted = requested == null ? (current == null ? PostState.DRAFT : current) : requested;
        if (wanted == PostState.DRAFT || wanted == PostState.IN_REVIEW) {
            return new Publication(wanted, at);
        }
        if (!mayPublish && wanted != current) {
            throw new ProblemException(ProblemType.FORBIDDEN, "state",
                    "Posts on this blog are reviewed: submit it for review (IN_REVIEW) and an editor publishes it");
        }
        if (at == null) {
            if (wanted == PostState.SCHEDULED) {
                throw new ProblemException(ProblemType.VALIDATION, "publishAt", "Say when to publish the post");
            }
            return new Publication(PostState.PUBLISHED, now);
        }
        if (at.isAfter(now)) {
            return new Publication(PostState.SCHEDULED, at);
        }
        if (at.isBefore(now.minus(NOW)) && !pastAllowed && wanted != current) {
            throw new ProblemException(ProblemType.VALIDATION, "publishAt",
                    "This blog does not take posts dated in the past");
        }
        return new Publication(PostState.PUBLISHED, at.isBefore(now.minus(NOW)) ? at : now);
    }
}
