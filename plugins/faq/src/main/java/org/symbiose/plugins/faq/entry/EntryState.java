package org.symbiose.plugins.faq.entry;

import org.symbiose.api.content.ItemStatus;

/**
 * Where an entry stands: written, reviewed, published. Its item status says it, so that no
 * listing, search or feed of the core shows an entry before it is published, and an entry in
 * review sits in the moderators' review queue, where approving it publishes it.
 */
public enum EntryState {
    /** Being written; its owner and the FAQ's writers see it. */
    DRAFT(ItemStatus.HIDDEN),
    /** Waiting for an editor. */
    IN_REVIEW(ItemStatus.PENDING_REVIEW),
    /** Out. */
    PUBLISHED(ItemStatus.PUBLISHED);

    private final ItemStatus status;

    EntryState(ItemStatus status) {
        this.status = status;
    }

    /** The item status an entry in this state is stored with. */
    public ItemStatus itemStatus() {
        return status;
    }

    /** The state of an entry stored with {@code status}; null for a deleted one. */
    public static EntryState of(ItemStatus status) {
        for (EntryState state : values()) {
            if (state.status == status) {
                return state;
            }
        }
        return null;
    }
}
