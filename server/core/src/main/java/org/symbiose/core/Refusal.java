package org.symbiose.core;

/**
 * Why a core service refused a request, with nothing written: how it reads to a client (not
 * found, conflict, invalid) and the request field at fault.
 */
public abstract class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How the refusal reads to a client. */
    public enum Kind { NOT_FOUND, CONFLICT, INVALID }

    private final Kind kind;
    private final String field;

    protected Refusal(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    /** The field at fault, or null. */
    public String field() {
        return field;
    }
}
