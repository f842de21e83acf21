package org.symbiose.api.rest;

import java.util.Objects;

/**
 * A refusal an endpoint decided: the core answers it as {@code application/problem+json} with
 * the given {@link ProblemType}, its status, and this message as the {@code detail}; with a
 * field, also {@code errors: [{field, message}]}. Nothing the request asked for may have been
 * written when it is thrown.
 */
public class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final String field;

    /** A refusal of the given type, {@code detail} saying what went wrong this time. */
    public ProblemException(ProblemType type, String detail) {
        this(type, null, detail);
    }

    /** A refusal naming the request field at fault ({@code version}, {@code limit}, …). */
    public ProblemException(ProblemType type, String field, String detail) {
        super(detail);
        this.type = Objects.requireNonNull(type, "type");
        this.field = field;
    }

    /** The kind of refusal. */
    public ProblemType type() {
        return type;
    }

    /** The request field at fault, or null. */
    public String field() {
        return field;
    }
}
