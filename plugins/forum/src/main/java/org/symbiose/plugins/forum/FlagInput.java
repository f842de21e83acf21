package org.symbiose.plugins.forum;

/** Sets a topic's flag (request body of {@code PUT topics/{id}/pinned} and {@code .../locked}). */
public class FlagInput {
    /** The new value, required. */
    public Boolean value;
    /** Why, for the audit log. */
    public String reason;
}
