package org.symbiose.plugins.blog.post;

import org.symbiose.api.content.ItemStatus;

/**
 * Where a post stands in its blog's workflow. Only a published post is a published item: the
 * others are kept hidden, so that no listing, search or feed of the core ever shows them.
 */
public enum PostState {
    /** Being written; seen by the blog's team only. */
    DRAFT,
    /** Waiting for an editor's or owner's approval. */
    IN_REVIEW,
    /** Approved, due at its publication date. */
    SCHEDULED,
    /** Out. */
    PUBLISHED;

    /** The item status a post in this state is stored with. */
    public ItemStatus itemStatus() {
        return this == PUBLISHED ? ItemStatus.PUBLISHED : ItemStatus.HIDDEN;
    }
}
