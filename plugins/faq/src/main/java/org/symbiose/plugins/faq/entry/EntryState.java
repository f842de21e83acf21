package org.symbiose.plugins.faq.entry;

import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;

/**
 * Where an entry stands: written, reviewed, published. Only a published entry is a published
 * item: the others are kept hidden (their state in the {@code state} attribute), so that no
 * listing, search or feed of the core shows them, as the blog keeps its drafts. Editors find the
 * entries to review with {@code GET entries?state=IN_REVIEW}.
 */
public enum EntryState {
    /** Being written; its owner and the FAQ's writers see it. */
    DRAFT,
    /** Waiting for an editor. */
    IN_REVIEW,
    /** Out. */
    PUBLISHED;

    /** The item status an entry in this state is stored with. */
    public ItemStatus itemStatus() {
        return this == PUBLISHED ? ItemStatus.PUBLISHED : ItemStatus.HIDDEN;
    }

    /**
     * The state of a stored entry: published, or what its attribute says; one the core's screening
     * held for review (pending) counts as in review.
     */
    public static EntryState of(Item item) {
        return switch (item.status()) {
            case PUBLISHED -> PUBLISHED;
            case PENDING_REVIEW -> IN_REVIEW;
            default -> IN_REVIEW.name().equals(item.attributes().get("state")) ? IN_REVIEW : DRAFT;
        };
    }
}
