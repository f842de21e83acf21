package org.symbiose.plugins.forum;

/** Merges a topic into another (request body of {@code POST topics/{id}/merge}). */
public class MergeInput {
    /** The topic that continues the conversation. */
    public Long into;
    /** Why, for the audit log. */
    public String reason;
}
