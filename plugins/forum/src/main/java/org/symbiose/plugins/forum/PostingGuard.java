package org.symbiose.plugins.forum;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Refuses posts that come too fast (429) or repeat a recent one by the same member (409). */
@Component(service = PostingGuard.class)
public class PostingGuard {

    private final PostingRate rate = new PostingRate();
    private final RecentBodies bodies = new RecentBodies();

    @Reference
    private Clock clock;

    @Reference
    private ForumSettings settings;

    /** Checks a post about to be written, counting it against the member's rate. */
    public void admit(Viewer author, String body) {
        Instant now = clock.instant();
        if (bodies.isDuplicate(author.id(), body, now)) {
            throw new ClientErrorException("You posted the same text a moment ago; it is not posted twice",
                    Response.Status.CONFLICT);
        }
        if (!rate.tryPost(author.id(), author.isNewcomer(), now, settings.number(ForumSettings.POSTS_PER_MINUTE),
                settings.number(ForumSettings.NEWCOMER_POSTS_PER_MINUTE))) {
            throw new ClientErrorException("You are posting too fast; wait a minute", Response.Status.TOO_MANY_REQUESTS);
        }
    }

    /** Remembers a post that was written, for duplicate detection. */
    public void posted(Viewer author, String body) {
        bodies.remember(author.id(), body, clock.instant());
    }
}
