package org.symbiose.plugins.forum;

/** A reply (request body of {@code POST topics/{id}/replies}). */
public class ReplyInput {
    /** Markdown. */
    public String body;
    /** The reply of the same topic it quotes, optional. */
    public Long quotes;
}
