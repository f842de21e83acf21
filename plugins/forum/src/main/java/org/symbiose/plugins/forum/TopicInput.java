package org.symbiose.plugins.forum;

import java.util.List;

/** A new topic (request body of {@code POST topics}). */
public class TopicInput {
    /** The category to start it in. */
    public Long category;
    public String title;
    /** The first post, Markdown. */
    public String body;
    public List<String> tags;
    /** Files the author uploaded to {@code /api/v1/files}, by id. */
    public List<Long> attachments;
}
