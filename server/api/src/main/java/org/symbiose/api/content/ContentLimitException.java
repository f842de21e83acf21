package org.symbiose.api.content;

/**
 * The text is well-formed but goes past a limit its author has at their trust level (for
 * example the links a new member may put in a post); the message names the limit. Nothing was
 * written. Since 1.4.
 */
public class ContentLimitException extends InvalidItemException {
    private static final long serialVersionUID = 1L;

    public ContentLimitException(String field, String message) {
        super(field, message);
    }
}
