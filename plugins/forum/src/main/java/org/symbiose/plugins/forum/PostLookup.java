package org.symbiose.plugins.forum;

import jakarta.ws.rs.ForbiddenException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemNotFoundException;
import org.symbiose.api.content.ItemStatus;

/**
 * Finds topics and replies as a viewer may see them. Whatever the viewer may not see answers
 * "not found", as if it did not exist: a private category's topics do not betray themselves.
 */
@Component(service = PostLookup.class)
public class PostLookup {

    static final String TOPIC = "forum.topic";
    static final String REPLY = "forum.reply";

    @Reference
    private ContentStore store;

    @Reference
    private CategoryIndex categories;

    /** A topic the viewer may read. */
    public PostContext topic(long id, Viewer viewer) {
        PostContext context = post(id, viewer);
        if (!context.isTopic()) {
            throw new ItemNotFoundException(id);
        }
        return context;
    }

    /** {@code item}, as read already, if it is a topic the viewer may read. */
    public PostContext topic(Item item, Viewer viewer) {
        if (!TOPIC.equals(item.type())) {
            throw new ItemNotFoundException(item.id());
        }
        return readable(item, item, viewer);
    }

    /**
     * A topic the viewer moderates.
     *
     * @throws ForbiddenException if they may read it but not moderate its category
     */
    public PostContext moderatedTopic(long id, Viewer moderator) {
        PostContext context = topic(id, moderator);
        if (!context.moderatedBy(moderator)) {
            throw new ForbiddenException("Only this category's moderators may do this");
        }
        return context;
    }

    /**
     * The category a moderator brings topics or replies to, named by request field {@code field}:
     * they must moderate it too, so that moving cannot reach where they have no say.
     */
    public Category moderatedTarget(long categoryId, Viewer moderator, String field) {
        Category category;
        try {
            category = categories.readable(categoryId, moderator);
        } catch (ItemNotFoundException e) {
            throw new InvalidItemException(field, "No category " + categoryId + " you may read");
        }
        if (!categories.access(categoryId).moderate().admits(moderator)) {
            throw new ForbiddenException("Only the moderators of category " + categoryId + " may bring topics there");
        }
        return category;
    }

    /** Whether {@code replyId} is a published reply of topic {@code topicId}. */
    public boolean isPublishedReplyOf(long replyId, long topicId) {
        return store.find(replyId).filter(reply -> REPLY.equals(reply.type())
                && reply.status() == ItemStatus.PUBLISHED && Long.valueOf(topicId).equals(reply.parentId())).isPresent();
    }

    /** A topic or reply the viewer may read. */
    public PostContext post(long id, Viewer viewer) {
        Item post = store.find(id).orElseThrow(() -> new ItemNotFoundException(id));
        Item topic = switch (post.type()) {
            case TOPIC -> post;
            case REPLY -> store.find(post.parentId()).filter(t -> TOPIC.equals(t.type()))
                    .orElseThrow(() -> new ItemNotFoundException(id));
            default -> throw new ItemNotFoundException(id);
        };
        return readable(post, topic, viewer);
    }

    private PostContext readable(Item post, Item topic, Viewer viewer) {
        Category category = categories.readable(topic.parentId(), viewer);
        PostContext context = new PostContext(post, topic, category, categories.access(category.id()));
        if (!visible(post, context, viewer) || !visible(topic, context, viewer)) {
            throw new ItemNotFoundException(post.id());
        }
        return context;
    }

    /**
     * Published posts are for the category's readers; pending and hidden ones for their author and
     * the category's moderators; deleted ones for its moderators.
     */
    static boolean visible(Item item, PostContext context, Viewer viewer) {
        return switch (item.status()) {
            case PUBLISHED -> true;
            case PENDING_REVIEW, HIDDEN -> viewer.isAuthorOf(item) || context.moderatedBy(viewer);
            case DELETED -> context.moderatedBy(viewer);
        };
    }
}
