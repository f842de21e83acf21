package org.symbiose.core.member;

/** Why a member operation was refused; nothing was written. */
public class MemberException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** How the refusal reads to a client. */
    public enum Kind { NOT_FOUND, CONFLICT, INVALID }

    private final Kind kind;
    private final String field;

    public MemberException(Kind kind, String field, String message) {
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

    static MemberException notFound(long id) {
        return new MemberException(Kind.NOT_FOUND, null, "No member has id " + id);
    }
}
