package org.symbiose.api.content;

/** Where an item stands in its life. */
public enum ItemStatus {
    /** Visible to everyone who may read its place. */
    PUBLISHED,
    /** Waiting for a moderator; visible to its author and moderators only. */
    PENDING_REVIEW,
    /** Taken down by a moderator; visible to its author and moderators only. */
    HIDDEN,
    /** Removed; kept for the record, visible to moderators only. */
    DELETED
}
