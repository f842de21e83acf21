package org.symbiose.plugins.forum;

/** Merges a topic into another (request body of {@code POST topics/{id}/merge}). */
public class MergeInput extends ModeratorNote {
    /** The topic that continues the conversation. */
    public Long into;
}
