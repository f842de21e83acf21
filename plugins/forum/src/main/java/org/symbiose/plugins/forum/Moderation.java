package org.symbiose.plugins.forum;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.audit.AuditLog;
import org.symbiose.api.content.Item;

/**
 * What a category's moderators set on a topic: pinned, locked. Each change is recorded in the
 * audit log as {@code forum.pin}, {@code forum.unpin}, {@code forum.lock} or {@code forum.unlock}.
 * Moving, splitting and merging are {@link TopicMoves}.
 */
@Component(service = Moderation.class)
public class Moderation {

    @Reference
    private PostLookup lookup;

    @Reference
    private TopicEdits topicEdits;

    @Reference
    private AuditLog audit;

    /** Pins or unpins a topic: pinned topics come first in their category. */
    public Item pin(Viewer moderator, long topicId, boolean pinned, String reason) {
        return setFlag(moderator, topicId, TopicState.PINNED, pinned, pinned ? "forum.pin" : "forum.unpin", reason);
    }

    /** Locks or unlocks a topic: a locked topic takes no replies. */
    public Item lock(Viewer moderator, long topicId, boolean locked, String reason) {
        return setFlag(moderator, topicId, TopicState.LOCKED, locked, locked ? "forum.lock" : "forum.unlock", reason);
    }

    private Item setFlag(Viewer moderator, long topicId, String flag, boolean value, String action, String reason) {
        PostContext context = lookup.moderatedTopic(topicId, moderator);
        boolean before = TopicState.flag(context.topic(), flag);
        if (before == value) {
            return context.topic();
        }
        Item topic = topicEdits.change(topicId, moderator.id(), current -> TopicState.with(current, flag, value));
        audit.record(moderator.id(), action, topicId, reason, flag + "=" + before, flag + "=" + value);
        return topic;
    }
}
