package org.symbiose.core.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.symbiose.core.audit.AuditTrail;
import org.symbiose.core.member.Members;

/** Members under watch: a moderator puts a member below their role under watch, with a reason, and lifts it; both audited. */
@ApplicationScoped
@Transactional
public class Watchlist {

    private static final int MAX_REASON = 500;

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Members members;

    @Inject
    private AuditTrail audit;

    public Optional<MemberWatch.View> of(long memberId) {
        return Optional.ofNullable(em.find(MemberWatch.class, memberId)).map(MemberWatch::view);
    }

    /** Puts a member under watch, or changes the reason they are watched for. */
    public MemberWatch.View watch(long memberId, long moderatorId, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new ModerationException(ModerationException.Kind.INVALID, "reason", "Say why, in 1 to " + MAX_REASON + " characters");
        }
        Jurisdiction.target(members, memberId, moderatorId, "watch");
        MemberWatch watch = em.find(MemberWatch.class, memberId);
        String before = watch == null ? "not watched" : "watched: " + watch.reason();
        if (watch == null) {
            watch = new MemberWatch(memberId, reason.strip(), moderatorId, clock.instant());
            em.persist(watch);
        } else {
            watch.change(reason.strip(), moderatorId);
        }
        audit.record(null, moderatorId, "moderation.watch", null, reason.strip() + " (member " + memberId + ")", before,
                "watched: " + watch.reason());
        return watch.view();
    }

    public void lift(long memberId, long moderatorId) {
        MemberWatch watch = em.find(MemberWatch.class, memberId);
        if (watch == null) {
            throw new ModerationException(ModerationException.Kind.NOT_FOUND, null, "Member " + memberId + " is not under watch");
        }
        em.remove(watch);
        audit.record(null, moderatorId, "moderation.unwatch", null, "member " + memberId, "watched: " + watch.reason(),
                "not watched");
    }
}
