package org.symbiose.plugins.ideas.box;

import org.symbiose.api.member.Role;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;

/**
 * Who takes part in a box: every member, or members of a minimum role (the box is then hidden
 * from the others).
 *
 * @param minimumRole null for every member
 */
public record BoxAccess(Role minimumRole) {

    /** Every member proposes and votes; everyone reads. */
    public static final BoxAccess MEMBERS = new BoxAccess(null);

    /** The access a box's {@code access} attribute or input names: {@code members} or a role's group name. */
    public static BoxAccess of(String value) {
        if (value == null || value.equals("members") || value.equals(Role.MEMBER.group())) {
            return MEMBERS;
        }
        try {
            return new BoxAccess(Role.ofGroup(value));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.VALIDATION, "access",
                    "Access is members, moderator, community-manager or administrator");
        }
    }

    /** The attribute's value. */
    public String value() {
        return minimumRole == null ? "members" : minimumRole.group();
    }

    /** Whether a member of this role takes part; null role: a visitor, who reads boxes open to members. */
    public boolean admits(Role role) {
        return minimumRole == null || role != null && role.includes(minimumRole);
    }
}
