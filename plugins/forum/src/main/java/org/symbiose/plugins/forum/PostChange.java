package org.symbiose.plugins.forum;

import java.util.List;

/** An edit of a topic or reply (request body of {@code PUT posts/{id}}); null fields stay as they are. */
public class PostChange {
    /** The version read, required. */
    public Long version;
    /** A topic's new title. */
    public String title;
    /** The new Markdown body. */
    public String body;
    /** A topic's new tags. */
    public List<String> tags;
}
