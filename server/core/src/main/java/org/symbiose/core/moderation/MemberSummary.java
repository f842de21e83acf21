package org.symbiose.core.moderation;

import java.time.Instant;
import org.symbiose.core.member.Member;

/**
 * A member as moderators find them.
 *
 * @param id          their id
 * @param displayName their name
 * @param email       their e-mail address, null once deleted
 * @param role        MEMBER, MODERATOR, …
 * @param state       ACTIVE, SILENCED, SUSPENDED or DELETED
 * @param created     when they registered
 */
public record MemberSummary(long id, String displayName, String email, String role, String state, Instant created) {

    static MemberSummary of(Member member) {
        return new MemberSummary(member.getId(), member.getDisplayName(), member.getEmail(), member.getRole().name(),
                member.getState().name(), member.getCreated());
    }
}
