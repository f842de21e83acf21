package org.symbiose.api.file;

/** Why the file store refused a call; nothing was stored or removed. */
public class FileRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The reasons a call is refused. */
    public enum Reason {
        /** The content is larger than the administrator allows. */
        TOO_LARGE,
        /** The content is of a type the administrator does not allow, or of no known type. */
        TYPE_NOT_ALLOWED,
        /** The file name is empty, too long, or not a plain name. */
        BAD_NAME,
        /** The member has uploaded as much as the daily quota allows. */
        QUOTA_EXCEEDED,
        /** There is no such file. */
        NOT_FOUND,
        /** The member may not do this to this file. */
        FORBIDDEN
    }

    private final Reason reason;

    public FileRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** Why it was refused. */
    public Reason reason() {
        return reason;
    }
}
