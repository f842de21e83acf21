package org.symbiose.plugins.blog.post;

import java.time.Instant;
import java.util.List;

/**
 * A post as its author writes it (request body of {@code POST blogs/{name}/posts} and
 * {@code PATCH posts/{id}}). On an edit, a null field leaves that part as it is.
 */
public class PostInput {
    /** Required on creation. */
    public String title;
    /** Markdown; images are files of {@code /api/v1/files}. */
    public String body;
    /** A short summary, plain text, optional. */
    public String excerpt;
    /** A file of {@code /api/v1/files}, or null. */
    public Long cover;
    /** Categories of the blog, by name (new ones are added to the blog). */
    public List<String> categories;
    public List<String> tags;
    /** The permalink's last part; made from the title if absent. A change keeps the old one as a redirect. */
    public String slug;
    /**
     * DRAFT (default), IN_REVIEW, PUBLISHED or SCHEDULED. PUBLISHED with a future {@code publishAt}
     * means SCHEDULED.
     */
    public PostState state;
    /** When to publish; now if absent. A past date only where the blog allows it. */
    public Instant publishAt;
    /** For an edit: the version read (or If-Match). */
    public Long version;

    public PostInput() {
    }

    public PostInput(String title, String body, PostState state) {
        this.title = title;
        this.body = body;
        this.state = state;
    }
}
