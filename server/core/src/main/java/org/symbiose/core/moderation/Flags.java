package org.symbiose.core.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemNotFoundException;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.member.Role;
import org.symbiose.core.content.ContentEvents;
import org.symbiose.core.content.JpaContentStore;
import org.symbiose.core.content.ReadableItems;
import org.symbiose.core.member.Member;
import org.symbiose.core.notification.Notice;
import org.symbiose.core.notification.NotificationList;

/**
 * Members flagging items. A member flags an item once; a flag weighs more as the flagger's trust
 * level grows, a moderator's as much as the threshold ({@link FlagWeight}). Each flagged item enters the review queue; when the weight of its open flags
 * reaches the threshold, it is hidden until a moderator decides.
 */
@ApplicationScoped
@Transactional
public class Flags {

    private static final int MAX_TEXT = 500;

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private JpaContentStore store;

    @Inject
    private ReadableItems readable;

    @Inject
    private ReviewQueue queue;

    @Inject
    private ModerationSettings settings;

    @Inject
    private NotificationList notifications;

    @Inject
    private ContentEvents events;

    @Inject
    private TrustLevels trust;

    /**
     * What a flag did.
     *
     * @param weight the item's open flag weight now
     * @param hidden whether the item is now hidden
     */
    public record Flagged(long weight, boolean hidden) {
    }

    /**
     * A member's own flag on an item.
     *
     * @param flagReason why they flagged it
     * @param text       what they said
     * @param created    when
     * @param resolved   when a moderator decided, or null while open
     */
    public record OwnFlag(ItemFlag.Reason flagReason, String text, Instant created, Instant resolved) {
    }

    /** The member's flag on the item, if they raised one. */
    public Optional<OwnFlag> own(long itemId, long memberId) {
        return em.createQuery("SELECT f FROM ItemFlag f WHERE f.itemId = :item AND f.memberId = :member", ItemFlag.class)
                .setParameter("item", itemId).setParameter("member", memberId).getResultList().stream()
                .findFirst().map(ItemFlag::own);
    }

    public Flagged flag(long itemId, long memberId, ItemFlag.Reason reason, String text) {
        if (reason == null) {
            throw new ModerationException(ModerationException.Kind.INVALID, "reason",
                    "Say why: SPAM, OFFENSIVE, OFF_TOPIC, ILLEGAL or OTHER");
        }
        String said = text == null ? null : text.strip();
        if (reason == ItemFlag.Reason.OTHER && (said == null || said.isEmpty())) {
            throw new ModerationException(ModerationException.Kind.INVALID, "text", "Say what is wrong");
        }
        if (said != null && said.length() > MAX_TEXT) {
            throw new ModerationException(ModerationException.Kind.INVALID, "text", "At most " + MAX_TEXT + " characters");
        }
        // what the flagger may not read does not exist for them: no probing ids, nothing pushed into the queue
        Item item = Optional.of(readable.find(itemId, memberId)).filter(found -> found.status() == ItemStatus.PUBLISHED)
                .orElseThrow(() -> new ItemNotFoundException(itemId));
        if (item.author().id() == memberId) {
            throw new ModerationException(ModerationException.Kind.INVALID, "itemId", "You cannot flag your own post");
        }
        if (!em.createQuery("SELECT f.id FROM ItemFlag f WHERE f.itemId = :item AND f.memberId = :member", Long.class)
                .setParameter("item", itemId).setParameter("member", memberId).getResultList().isEmpty()) {
            throw new ModerationException(ModerationException.Kind.CONFLICT, null, "You have already flagged this");
        }
        ModerationPolicy policy = settings.policy();
        Member flagger = em.find(Member.class, memberId);
        int weight = FlagWeight.of(flagger != null && flagger.getRole().includes(Role.MODERATOR), trust.level(memberId),
                policy.flagThreshold());
        em.persist(new ItemFlag(itemId, memberId, reason, said, weight, clock.instant()));
        em.flush();
        long total = em.createQuery("SELECT COALESCE(SUM(f.weight), 0) FROM ItemFlag f WHERE f.itemId = :item"
                + " AND f.resolved IS NULL", Long.class).setParameter("item", itemId).getSingleResult();
        queue.open(itemId, ReviewEntry.Cause.FLAGS, ReviewDetail.ofFlag(reason, said));
        boolean hidden = total >= policy.flagThreshold();
        if (hidden) {
            store.changeStatus(itemId, item.version(), ItemStatus.HIDDEN, memberId);
        }
        events.flagged(item, reason.name());
        return new Flagged(total, hidden);
    }

    /** Closes an item's open flags after a decision, telling each flagger the outcome. */
    void resolve(long itemId, long moderatorId, ReviewEntry.Decision decision) {
        List<ItemFlag> open = em.createQuery("SELECT f FROM ItemFlag f WHERE f.itemId = :item AND f.resolved IS NULL",
                ItemFlag.class).setParameter("item", itemId).getResultList();
        Instant now = clock.instant();
        Notice outcome = ModerationNotices.flagOutcome(decision);
        for (ItemFlag flag : open) {
            flag.resolve(now);
            notifications.notify("core", flag.memberId(), "flag-outcome", itemId, moderatorId, outcome);
        }
    }
}
