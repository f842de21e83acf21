package org.symbiose.plugins.blog.rest;

/** One member of a blog's team (request body of {@code PUT blogs/{name}/team}: a list of these). */
public class TeamInput {
    /** The member id. */
    public Long member;
    /** OWNER, EDITOR or AUTHOR. */
    public String role;
}
