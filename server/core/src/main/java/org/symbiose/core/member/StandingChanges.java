package org.symbiose.core.member;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.symbiose.core.moderation.MemberTrust;

/**
 * Hears every write of a {@link Member} or a {@link MemberTrust} and drops that member's cached
 * {@link MemberStanding}. An entity listener rather than calls in each service, so that no new way
 * of changing a member can forget to. Bulk updates skip it: the only ones count participation,
 * which no standing holds.
 */
public class StandingChanges {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        long memberId = switch (entity) {
            case Member member -> member.getId();
            case MemberTrust row -> row.memberId();
            default -> throw new IllegalArgumentException("Not a member's row: " + entity);
        };
        Standings standings;
        try {
            // looked up, not injected: the persistence provider makes listeners, and not every one injects
            standings = CDI.current().select(Standings.class).get();
        } catch (IllegalStateException noContainer) {
            // JPA on its own (the core's unit tests): no standing is cached
            return;
        }
        standings.forget(memberId);
    }
}
