package org.symbiose.web.rest.member;

import java.time.Instant;
import org.symbiose.api.member.AccountState;
import org.symbiose.api.member.Role;
import org.symbiose.core.member.Member;

/** What a member sees of themselves, and moderators of any member. */
public record OwnProfile(
        long id,
        String email,
        String displayName,
        String bio,
        String avatarUrl,
        String locale,
        Role role,
        AccountState state,
        Instant suspendedUntil,
        long version,
        Instant created) {

    static OwnProfile of(Member m) {
        return new OwnProfile(m.getId(), m.getEmail(), m.getDisplayName(), m.getBio(), m.getAvatarUrl(),
                m.getLocale(), m.getRole(), m.getState(), m.getSuspendedUntil(), m.getVersion(), m.getCreated());
    }
}
