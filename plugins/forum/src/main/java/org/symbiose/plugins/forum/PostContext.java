package org.symbiose.plugins.forum;

import org.symbiose.api.content.Item;

/**
 * A post (a topic or a reply) with where it lives.
 *
 * @param post     the topic or reply
 * @param topic    its topic (the post itself for a topic)
 * @param category the topic's category
 * @param access   the category's effective access
 */
public record PostContext(Item post, Item topic, Category category, CategoryAccess access) {

    public boolean isTopic() {
        return post.id() == topic.id();
    }

    /** Whether {@code viewer} moderates the category. */
    public boolean moderatedBy(Viewer viewer) {
        return access.moderate().admits(viewer);
    }
}
