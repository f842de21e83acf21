package org.symbiose.core.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.core.audit.AuditTrail;
import org.symbiose.core.content.JpaContentStore;
import org.symbiose.core.notification.NotificationList;

/**
 * One review queue for every plugin's items. An item has at most one open entry; each decision
 * changes the item, is audited, tells the author (and the flaggers) the outcome, and is refused
 * when another moderator decided first.
 */
@ApplicationScoped
@Transactional
public class ReviewQueue {

    private static final int MAX_DETAIL = 500;

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private JpaContentStore store;

    @Inject
    private AuditTrail audit;

    @Inject
    private NotificationList notifications;

    @Inject
    private Flags flags;

    /** Puts an item in the queue, unless it already waits there: one open entry per item. */
    public void open(long itemId, ReviewEntry.Cause cause, String detail) {
        if (openEntry(itemId) == null) {
            em.persist(new ReviewEntry(itemId, cause, clip(detail), priority(cause), clock.instant()));
        }
    }

    /** Open entries, most urgent first, optionally of one cause. */
    public List<Reviewed> waiting(ReviewEntry.Cause cause, int offset, int limit) {
        TypedQuery<ReviewEntry> query = em.createQuery("SELECT e FROM ReviewEntry e WHERE e.decided IS NULL"
                + (cause == null ? "" : " AND e.cause = :cause") + " ORDER BY e.priority DESC, e.id", ReviewEntry.class);
        if (cause != null) {
            query.setParameter("cause", cause);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(ReviewEntry::view).toList();
    }

    public long size() {
        return em.createQuery("SELECT COUNT(e) FROM ReviewEntry e WHERE e.decided IS NULL", Long.class).getSingleResult();
    }

    /**
     * Decides an entry.
     *
     * @param expectedVersion the entry's version the moderator saw
     * @throws ModerationException if there is no such entry, or it was decided or changed meanwhile
     */
    public Reviewed decide(long entryId, long expectedVersion, long moderatorId, ReviewEntry.Decision decision, String note) {
        if (decision == null) {
            throw new ModerationException(ModerationException.Kind.INVALID, "decision", "Say APPROVE, REJECT, HIDE or DISMISS");
        }
        ReviewEntry entry = em.find(ReviewEntry.class, entryId);
        if (entry == null) {
            throw new ModerationException(ModerationException.Kind.NOT_FOUND, null, "No review entry " + entryId);
        }
        if (!entry.open() || entry.version() != expectedVersion) {
            throw new ModerationException(ModerationException.Kind.CONFLICT, "version",
                    "Another moderator has handled this entry since you read it");
        }
        Item item = store.find(entry.itemId()).orElseThrow(() ->
                new ModerationException(ModerationException.Kind.NOT_FOUND, null, "The item is gone"));
        ItemStatus after = switch (decision) {
            case APPROVE -> ItemStatus.PUBLISHED;
            case REJECT -> ItemStatus.DELETED;
            case HIDE -> ItemStatus.HIDDEN;
            case DISMISS -> item.status() == ItemStatus.HIDDEN ? ItemStatus.PUBLISHED : item.status();
        };
        if (after != item.status()) {
            store.changeStatus(item.id(), item.version(), after, moderatorId);
        }
        entry.decide(decision, moderatorId, clip(note), clock.instant());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ModerationException(ModerationException.Kind.CONFLICT, "version",
                    "Another moderator has handled this entry at the same moment");
        }
        String action = decision.name().toLowerCase(Locale.ROOT);
        audit.record(null, moderatorId, "moderation." + action, item.id(), note, item.status().name(), after.name());
        notifications.notify("core", item.author().id(), "moderation-" + action, item.id(), moderatorId,
                outcome(decision, item, note));
        flags.resolve(item.id(), moderatorId, decision);
        return entry.view();
    }

    private ReviewEntry openEntry(long itemId) {
        return em.createQuery("SELECT e FROM ReviewEntry e WHERE e.itemId = :item AND e.decided IS NULL", ReviewEntry.class)
                .setParameter("item", itemId).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private static String outcome(ReviewEntry.Decision decision, Item item, String note) {
        String title = item.title().isBlank() ? "your post" : "\"" + item.title() + "\"";
        String what = switch (decision) {
            case APPROVE -> title + " was approved";
            case REJECT -> title + " was removed by a moderator";
            case HIDE -> title + " was hidden by a moderator";
            case DISMISS -> "The flags on " + title + " were dismissed";
        };
        String text = note == null || note.isBlank() ? what : what + ": " + note.strip();
        return text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }

    private static int priority(ReviewEntry.Cause cause) {
        return switch (cause) {
            case FLAGS -> 3;
            case RULE, PLUGIN, SPAM, WATCH -> 2;
            case NEWCOMER -> 1;
        };
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL - 1) + "…";
    }
}
