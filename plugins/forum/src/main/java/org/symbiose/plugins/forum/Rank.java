package org.symbiose.plugins.forum;

import java.util.Locale;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.api.member.Role;

/**
 * The least standing a category asks for one kind of access: anyone (visitors included), or a
 * member of at least a given role.
 */
public enum Rank {
    ANYONE("anyone", null),
    MEMBER("member", Role.MEMBER),
    MODERATOR("moderator", Role.MODERATOR),
    COMMUNITY_MANAGER("community-manager", Role.COMMUNITY_MANAGER),
    ADMINISTRATOR("administrator", Role.ADMINISTRATOR);

    private final String key;
    private final Role least;

    Rank(String key, Role least) {
        this.key = key;
        this.least = least;
    }

    /** The name used in attributes and requests. */
    public String key() {
        return key;
    }

    /** Whether {@code viewer} stands high enough. */
    public boolean admits(Viewer viewer) {
        return least == null || viewer.role() != null && viewer.role().includes(least);
    }

    /** The stricter of the two. */
    public Rank stricter(Rank other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * The rank named {@code key}, for the request field {@code field}.
     *
     * @throws InvalidItemException if no rank has that name
     */
    public static Rank of(String key, String field) {
        for (Rank rank : values()) {
            if (rank.key.equals(key == null ? null : key.strip().toLowerCase(Locale.ROOT))) {
                return rank;
            }
        }
        throw new InvalidItemException(field, "Say anyone, member, moderator, community-manager or administrator");
    }
}
