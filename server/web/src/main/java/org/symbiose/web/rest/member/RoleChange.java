package org.symbiose.web.rest.member;

import jakarta.validation.constraints.NotNull;
import org.symbiose.api.member.Role;

/** An administrator's decision on a member's role. */
public class RoleChange {
    @NotNull
    public Role role;
}
