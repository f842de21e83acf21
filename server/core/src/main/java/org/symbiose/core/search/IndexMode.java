package org.symbiose.core.search;

/** What a node's search index is doing to keep up with the change feed. */
public enum IndexMode {
    /** Indexing each change as it comes. */
    FOLLOWING,
    /** Catching up on the changes written while the node was away, from the feed. */
    REPLAYING,
    /** Indexing every item from the database: the index was missing or fell behind the feed's retention. */
    REBUILDING
}
