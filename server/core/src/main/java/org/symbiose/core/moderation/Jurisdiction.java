package org.symbiose.core.moderation;

import org.symbiose.api.member.AccountState;
import org.symbiose.api.member.Role;
import org.symbiose.core.member.Member;
import org.symbiose.core.member.Members;

/** Whom a moderator may act on: members below their own role (administrators: anyone), not deleted. */
final class Jurisdiction {

    private Jurisdiction() {
    }

    /**
     * The member a moderator acts on.
     *
     * @param action what they do, for the refusal: "sanction", "watch"
     * @throws ModerationException if the member is unknown, deleted or not below the moderator
     */
    static Member target(Members members, long memberId, long moderatorId, String action) {
        Member target = members.find(memberId).filter(m -> m.getState() != AccountState.DELETED)
                .orElseThrow(() -> new ModerationException(ModerationException.Kind.NOT_FOUND, null, "No member " + memberId));
        Member moderator = members.get(moderatorId);
        if (!moderator.getRole().includes(Role.ADMINISTRATOR) && target.getRole().includes(moderator.getRole())) {
            throw new ModerationException(ModerationException.Kind.INVALID, "memberId",
                    "You can " + action + " only members below your own role");
        }
        return target;
    }
}
