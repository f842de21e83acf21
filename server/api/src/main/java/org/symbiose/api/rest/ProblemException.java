package org.symbiose.api.rest;

import java.util.List;
import java.util.Objects;

/**
 * A refusal an endpoint decided: the core answers it as {@code application/problem+json} with
 * the given {@link ProblemType}, its status, and this message as the {@code detail}; with field
 * problems, also {@code errors: [{field, code, message}]} ({@code code} absent when there is
 * none). Nothing the request asked for may have been written when it is thrown.
 */
public class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final String field;
    private final List<FieldProblem> errors;

    /** A refusal of the given type, {@code detail} saying what went wrong this time. */
    public ProblemException(ProblemType type, String detail) {
        this(type, null, detail);
    }

    /** A refusal naming the request field at fault ({@code version}, {@code limit}, …). */
    public ProblemException(ProblemType type, String field, String detail) {
        super(detail);
        this.type = Objects.requireNonNull(type, "type");
        this.field = field;
        this.errors = field == null ? List.of() : List.of(new FieldProblem(field, null, detail));
    }

    /**
     * A refusal with several field problems, each with its code, so that a form shows every one at
     * once beside its field (a survey's unanswered questions, a definition's faults).
     * {@link #field()} is the first problem's field.
     *
     * @param errors at least one
     * @throws IllegalArgumentException if {@code errors} is empty
     * @since 1.2
     */
    public ProblemException(ProblemType type, String detail, List<FieldProblem> errors) {
        super(detail);
        this.type = Objects.requireNonNull(type, "type");
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("A refusal with field problems names at least one");
        }
        this.errors = List.copyOf(errors);
        this.field = this.errors.getFirst().field();
    }

    /** The kind of refusal. */
    public ProblemType type() {
        return type;
    }

    /** The request field at fault (the first one of several), or null. */
    public String field() {
        return field;
    }

    /**
     * Every field problem, in the order given: one for a refusal naming a field, none without.
     *
     * @since 1.2
     */
    public List<FieldProblem> errors() {
        return errors;
    }
}
