package org.symbiose.core.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.symbiose.api.member.AccountState;
import org.symbiose.core.audit.AuditTrail;
import org.symbiose.core.member.Member;
import org.symbiose.core.member.Members;
import org.symbiose.core.notification.NotificationList;

/**
 * Sanctions and their escalation. Each sanction is audited and told to its member with what it
 * means for them; its warning points count for 180 days, and when a member's points reach a
 * step of the ladder community managers set, the step's silence or suspension follows by itself.
 * A moderator sanctions only members below their own role.
 */
@ApplicationScoped
@Transactional
public class Sanctions {

    static final Duration POINTS_LAST = Duration.ofDays(180);
    private static final Pattern REASON = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final int MAX_NOTE = 1000;

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Members members;

    @Inject
    private ModerationSettings settings;

    @Inject
    private AuditTrail audit;

    @Inject
    private NotificationList notifications;

    @Inject
    private TrustLevels trust;

    /**
     * Sanctions a member.
     *
     * @param until the end of a silence (optional) or a suspension (required)
     * @throws ModerationException if the member is unknown or not below the moderator, or a value is wrong
     */
    public Standing sanction(long memberId, long moderatorId, Sanction.Kind kind, String reason, int points, Instant until,
            String note) {
        Member target = Jurisdiction.target(members, memberId, moderatorId, "sanction");
        check(kind, reason, points, note);
        Instant now = clock.instant();
        int before = points(memberId, now);
        give(target, moderatorId, kind, reason, points, until, note, false, now);
        // the sanction just given counts in full: it is active and dated now
        escalate(target, moderatorId, before, before + points, now);
        return standing(memberId);
    }

    /** Lifts one of a member's sanctions; a silence or suspension it put in place ends now. */
    public Standing lift(long memberId, long sanctionId, long moderatorId) {
        Sanction sanction = em.find(Sanction.class, sanctionId);
        if (sanction == null || !sanction.active() || sanction.memberId() != memberId) {
            throw new ModerationException(ModerationException.Kind.NOT_FOUND, null, "No active sanction " + sanctionId);
        }
        Instant now = clock.instant();
        sanction.lift(moderatorId, now);
        Member member = members.get(sanction.memberId());
        if ((sanction.kind() == Sanction.Kind.SILENCE && member.getState() == AccountState.SILENCED)
                || (sanction.kind() == Sanction.Kind.SUSPEND && member.getState() == AccountState.SUSPENDED)) {
            members.changeState(member.getId(), AccountState.ACTIVE, null);
        }
        audit.record(null, moderatorId, "moderation.lift", null, "sanction " + sanctionId + " of member " + member.getId(),
                sanction.kind().name(), "lifted");
        notifications.notify("core", member.getId(), "sanction-lifted", null, moderatorId,
                ModerationNotices.lifted(sanction.kind()));
        return standing(member.getId());
    }

    /** A member's standing: what they can do, their points and sanctions. */
    public Standing standing(long memberId) {
        Member member = members.find(memberId)
                .orElseThrow(() -> new ModerationException(ModerationException.Kind.NOT_FOUND, null, "No member " + memberId));
        Instant now = clock.instant();
        AccountState state = member.stateAt(now);
        List<Sanctioned> history = em.createQuery("SELECT s FROM Sanction s WHERE s.memberId = :member ORDER BY s.created DESC",
                Sanction.class).setParameter("member", memberId).getResultList().stream().map(Sanction::view).toList();
        boolean timed = state == AccountState.SILENCED || state == AccountState.SUSPENDED;
        return new Standing(memberId, state.name(), timed ? member.getSuspendedUntil() : null, member.canPostAt(now),
                state == AccountState.ACTIVE || state == AccountState.SILENCED, points(memberId, now), history,
                trust.progress(memberId));
    }

    public ModeratorNote.View note(long memberId, long moderatorId, String text) {
        members.find(memberId).orElseThrow(() -> new ModerationException(ModerationException.Kind.NOT_FOUND, null,
                "No member " + memberId));
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw new ModerationException(ModerationException.Kind.INVALID, "text", "A note has 1 to 2000 characters");
        }
        ModeratorNote note = new ModeratorNote(memberId, moderatorId, text.strip(), clock.instant());
        em.persist(note);
        em.flush();
        return note.view();
    }

    public List<ModeratorNote.View> notes(long memberId) {
        return em.createQuery("SELECT n FROM ModeratorNote n WHERE n.memberId = :member ORDER BY n.id DESC", ModeratorNote.class)
                .setParameter("member", memberId).getResultList().stream().map(ModeratorNote::view).toList();
    }

    private void give(Member target, long moderatorId, Sanction.Kind kind, String reason, int points, Instant until,
            String note, boolean automatic, Instant now) {
        if (kind == Sanction.Kind.SUSPEND && (until == null || !until.isAfter(now))) {
            throw new ModerationException(ModerationException.Kind.INVALID, "until", "A suspension needs an end in the future");
        }
        if (kind == Sanction.Kind.SILENCE && until != null && !until.isAfter(now)) {
            throw new ModerationException(ModerationException.Kind.INVALID, "until", "A silence ends in the future, or never");
        }
        em.persist(new Sanction(target.getId(), kind, reason, points, kind == Sanction.Kind.WARN ? null : until, note,
                automatic, moderatorId, now));
        String before = target.getState().name();
        // a silence or suspension pauses promotion (the member is not active) and drops a level
        boolean pausesTrust = kind == Sanction.Kind.SILENCE || kind == Sanction.Kind.SUSPEND;
        Integer dropped = pausesTrust ? trust.drop(target.getId()) : null;
        String trustEffect = !pausesTrust ? null : (dropped == null ? "trust level" : "trust level drops from " + dropped
                + " to " + (dropped - 1) + " and it") + " cannot rise while this lasts";
        switch (kind) {
            case WARN -> { }
            case SILENCE -> members.changeState(target.getId(), AccountState.SILENCED, until);
            case SUSPEND -> members.changeState(target.getId(), AccountState.SUSPENDED, until);
            case DELETE -> members.changeState(target.getId(), AccountState.DELETED, null);
        }
        String action = "moderation.sanction." + kind.name().toLowerCase(Locale.ROOT);
        audit.record(null, moderatorId, action, null, (automatic ? "automatic: " : "") + reason
                + (note == null || note.isBlank() ? "" : ": " + note) + " (member " + target.getId() + ")", before,
                kind.name() + (until == null ? "" : " until " + until) + (trustEffect == null ? "" : "; " + trustEffect));
        if (kind != Sanction.Kind.DELETE) {
            notifications.notify("core", target.getId(), "sanction", null, moderatorId,
                    ModerationNotices.sanctioned(kind, reason, points, until, dropped, pausesTrust));
        }
    }

    /** Gives the highest ladder step the points have just reached, if any. */
    private void escalate(Member target, long moderatorId, int before, int after, Instant now) {
        LadderStep reached = null;
        for (LadderStep step : settings.ladder()) {
            if (step.points() > before && step.points() <= after) {
                reached = step;
            }
        }
        if (reached != null) {
            give(target, moderatorId, reached.kind(), "escalation", 0, now.plus(Duration.ofDays(reached.days())),
                    after + " warning points", true, now);
        }
    }

    private int points(long memberId, Instant now) {
        Long sum = em.createQuery("SELECT COALESCE(SUM(s.points), 0) FROM Sanction s WHERE s.memberId = :member"
                        + " AND s.lifted IS NULL AND s.created > :since", Long.class)
                .setParameter("member", memberId).setParameter("since", now.minus(POINTS_LAST)).getSingleResult();
        return sum.intValue();
    }

    private static void check(Sanction.Kind kind, String reason, int points, String note) {
        if (kind == null) {
            throw new ModerationException(ModerationException.Kind.INVALID, "kind", "Say WARN, SILENCE, SUSPEND or DELETE");
        }
        if (reason == null || !REASON.matcher(reason).matches()) {
            throw new ModerationException(ModerationException.Kind.INVALID, "reason",
                    "A reason is a short lower-case key such as spam or offensive");
        }
        if (points < 0 || points > 100) {
            throw new ModerationException(ModerationException.Kind.INVALID, "points", "Between 0 and 100 warning points");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new ModerationException(ModerationException.Kind.INVALID, "note", "At most " + MAX_NOTE + " characters");
        }
    }
}
