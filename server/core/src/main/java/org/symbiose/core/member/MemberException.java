package org.symbiose.core.member;

import org.symbiose.core.Refusal;

/** Why a member operation was refused; nothing was written. */
public class MemberException extends Refusal {

    private static final long serialVersionUID = 1L;

    public MemberException(Kind kind, String field, String message) {
        super(kind, field, message);
    }

    static MemberException notFound(long id) {
        return new MemberException(Kind.NOT_FOUND, null, "No member has id " + id);
    }
}
