package org.symbiose.plugins.forum;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.audit.AuditLog;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;

/**
 * What a category's moderators do to topics: pin, lock, close one as merged into another. Each
 * change is recorded in the audit log as {@code forum.pin}, {@code forum.unpin},
 * {@code forum.lock}, {@code forum.unlock} or {@code forum.merge}.
 *
 * <p>Moving a topic and really merging or splitting topics need a reply or topic to change its
 * parent, which {@link org.symbiose.api.content.ContentStore} cannot do: a merge here locks the
 * merged topic and points it to the one that continues the conversation.
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

    /** Closes topic {@code topicId} as continued in {@code intoId}: it is locked and links there. */
    public Item merge(Viewer moderator, long topicId, long intoId, String reason) {
        PostContext merged = moderated(moderator, topicId);
        if (topicId == intoId) {
            throw new InvalidItemException("into", "A topic cannot be merged into itself");
        }
        PostContext into;
        try {
            into = lookup.topic(intoId, moderator);
        } catch (RuntimeException notFound) {
            throw new InvalidItemException("into", "No topic " + intoId + " you may read");
        }
        if (into.topic().status() != ItemStatus.PUBLISHED || TopicState.id(into.topic(), TopicState.MERGED_INTO) != null) {
            throw new InvalidItemException("into", "Merge into a published topic that was not merged itself");
        }
        if (TopicState.id(merged.topic(), TopicState.MERGED_INTO) != null) {
            throw new ClientErrorException("This topic was already merged", Response.Status.CONFLICT);
        }
        Item topic = topicEdits.change(topicId, moderator.id(), current -> {
            Map<String, Object> attributes = TopicState.with(current, TopicState.MERGED_INTO, intoId);
            attributes.put(TopicState.LOCKED, true);
            return attributes;
        });
        audit.record(moderator.id(), "forum.merge", topicId, reason, "topic " + topicId, "topic " + intoId);
        return topic;
    }

    private Item setFlag(Viewer moderator, long topicId, String flag, boolean value, String action, String reason) {
        PostContext context = moderated(moderator, topicId);
        boolean before = TopicState.flag(context.topic(), flag);
        if (before == value) {
            return context.topic();
        }
        Item topic = topicEdits.change(topicId, moderator.id(), current -> TopicState.with(current, flag, value));
        audit.record(moderator.id(), action, topicId, reason, flag + "=" + before, flag + "=" + value);
        return topic;
    }

    private PostContext moderated(Viewer moderator, long topicId) {
        PostContext context = lookup.topic(topicId, moderator);
        if (!context.moderatedBy(moderator)) {
            throw new ForbiddenException("Only this category's moderators may do this");
        }
        return context;
    }
}
