package org.symbiose.api.content;

/** Why the content store refused an operation; nothing was written. */
public class ContentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ContentException(String message) {
        super(message);
    }
}
