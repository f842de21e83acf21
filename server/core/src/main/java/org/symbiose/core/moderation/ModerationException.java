package org.symbiose.core.moderation;

import org.symbiose.core.Refusal;

/** Why a moderation request was refused; nothing was written. */
public class ModerationException extends Refusal {

    private static final long serialVersionUID = 1L;

    public ModerationException(Kind kind, String field, String message) {
        super(kind, field, message);
    }
}
