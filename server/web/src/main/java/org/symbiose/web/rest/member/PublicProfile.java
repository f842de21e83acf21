package org.symbiose.web.rest.member;

import java.time.Instant;
import org.symbiose.core.member.Member;

/** What anyone may see of a member. */
public record PublicProfile(long id, String displayName, String bio, String avatarUrl, Instant memberSince) {

    static PublicProfile of(Member m) {
        return new PublicProfile(m.getId(), m.getDisplayName(), m.getBio(), m.getAvatarUrl(), m.getCreated());
    }
}
