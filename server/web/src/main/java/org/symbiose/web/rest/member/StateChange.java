package org.symbiose.web.rest.member;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.symbiose.api.member.AccountState;

/** A moderator's decision on an account; {@code until} ends a suspension. */
public class StateChange {
    @NotNull
    public AccountState state;
    public Instant until;
}
