package org.symbiose.plugins.blog.rest;

/** A comment (request body of {@code POST posts/{id}/comments}). */
public class CommentInput {
    /** Markdown. */
    public String body;
    /** The comment of the same post it answers, or null. */
    public Long answers;
}
