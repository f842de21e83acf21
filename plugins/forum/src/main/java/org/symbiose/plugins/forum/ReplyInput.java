package org.symbiose.plugins.forum;

import java.util.List;

/** A reply (request body of {@code POST topics/{id}/replies}). */
public class ReplyInput {
    /** Markdown. */
    public String body;
    /** The reply of the same topic it quotes, optional. */
    public Long quotes;
    /** Files the author uploaded to {@code /api/v1/files}, by id. */
    public List<Long> attachments;
}
