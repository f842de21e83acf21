package org.symbiose.api.member;

import java.util.Objects;

/**
 * A member as others see them next to their content.
 *
 * @param id          the member's stable id
 * @param displayName the public name; for a deleted member, an anonymous placeholder
 */
public record MemberRef(long id, String displayName) {
    public MemberRef {
        Objects.requireNonNull(displayName, "displayName");
    }
}
