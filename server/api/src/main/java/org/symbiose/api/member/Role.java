package org.symbiose.api.member;

/**
 * What a member may do in the community, from least to most trusted. A role includes the
 * rights of every role before it.
 */
public enum Role {
    /** Posts, replies, votes and reacts. */
    MEMBER("member"),
    /** Reviews, hides and restores content; silences and suspends members. */
    MODERATOR("moderator"),
    /** Runs the community: everything a moderator does, plus its settings and statistics. */
    COMMUNITY_MANAGER("community-manager"),
    /** Runs the server: roles, plugins and configuration. */
    ADMINISTRATOR("administrator");

    private final String group;

    Role(String group) {
        this.group = group;
    }

    /** The security group name of this role, as used in {@code @RolesAllowed}. */
    public String group() {
        return group;
    }

    /** Whether this role includes every right of {@code other}. */
    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /**
     * The role named by its group name.
     *
     * @throws IllegalArgumentException if no role has that name
     */
    public static Role ofGroup(String group) {
        for (Role role : values()) {
            if (role.group.equals(group)) {
                return role;
            }
        }
        throw new IllegalArgumentException("Unknown role: " + group);
    }
}
