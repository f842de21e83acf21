package org.symbiose.plugins.ideas.idea;

import java.time.Instant;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.member.MemberRef;

/** A comment under an idea; one held by the core's screening is {@code PENDING_REVIEW}, seen by its author. */
public record IdeaComment(long id, long ideaId, String body, String bodyHtml, MemberRef author, ItemStatus status,
        Instant created, long version) {

    /** The comment a comment item is. */
    public static IdeaComment of(Item item) {
        return new IdeaComment(item.id(), item.parentId(), item.body(), item.bodyHtml(), item.author(), item.status(),
                item.created(), item.version());
    }
}
