package org.symbiose.api.content;

/** The item's content breaks a rule (a field too long, an unknown parent, a bad vote). */
public class InvalidItemException extends ContentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidItemException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field at fault, as named in the REST API. */
    public String field() {
        return field;
    }
}
