package org.symbiose.plugins.blog.blog;

/**
 * A blog as its owner writes it (request body of {@code POST blogs} and {@code PATCH blogs/{name}}).
 * On an edit, a null field leaves that part as it is; {@code name} never changes.
 */
public class BlogInput {
    /** The short name used in addresses, {@code [a-z0-9-]}, 2 to 40 characters; required on creation. */
    public String name;
    /** The title, required on creation. */
    public String title;
    /** Markdown. */
    public String description;
    /** {@code fr} or {@code en}; the creator's language if absent. */
    public String language;
    /** A file of {@code /api/v1/files}, or null. */
    public Long cover;
    /** A brand blog, opened by community managers only. */
    public Boolean official;
    /** Authors' posts wait for an editor's approval. */
    public Boolean reviewRequired;
    /** Comments wait for a moderator. */
    public Boolean premoderated;
    /** Comments close this many days after publication; 0 never closes. */
    public Integer commentDays;
    /** Whether posts may be dated in the past. */
    public Boolean pastSchedulingAllowed;
    /** For an edit: the version read (or If-Match). */
    public Long version;
}
