package org.symbiose.plugins.blog.blog;

/** What a member of a blog's team may do there. */
public enum BlogRole {
    /** Everything an editor does, and names the team and changes the blog's settings. */
    OWNER,
    /** Writes, edits anyone's posts, approves and publishes. */
    EDITOR,
    /** Writes and edits their own posts; publishes them unless the blog asks for a review. */
    AUTHOR;

    /** Whether this role publishes posts, its own and others', without anyone's approval. */
    public boolean publishes() {
        return this != AUTHOR;
    }

    /** Whether this role edits posts others wrote. */
    public boolean editsOthers() {
        return this != AUTHOR;
    }
}
