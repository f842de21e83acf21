package org.symbiose.plugins.forum;

/**
 * What a moderator writes about a tool's use (pin, lock, merge, move, split), for the audit log: a
 * request body field {@code note}, free text. Bodies that extend this also take it under its old
 * name {@code reason}, which clients of the first API version send.
 */
public abstract class ModeratorNote {
    /** Why, for the audit log. */
    public String note;
    /** The old name of {@link #note}, still read. */
    public String reason;

    /** The note, under whichever name it came. */
    String note() {
        return note != null ? note : reason;
    }
}
