package org.symbiose.core.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemEdit;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.core.audit.AuditTrail;
import org.symbiose.core.content.JpaContentStore;
import org.symbiose.core.member.Member;
import org.symbiose.core.member.Members;
import org.symbiose.core.notification.NotificationList;

/**
 * One review queue for every plugin's items. An item has at most one open entry; each decision
 * changes the item, is audited, tells the author (and the flaggers) the outcome, and is refused
 * when another moderator decided first or holds the entry by a claim.
 */
@ApplicationScoped
@Transactional
public class ReviewQueue {

    /** How long a claim holds an entry. */
    public static final Duration CLAIM = Duration.ofMinutes(15);
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

    @Inject
    private Members members;

    /** Puts an item in the queue, unless it already waits there: one open entry per item. */
    public void open(long itemId, ReviewEntry.Cause cause, String detail) {
        if (openEntry(itemId) == null) {
            em.persist(new ReviewEntry(itemId, cause, clip(detail), priority(cause), clock.instant()));
        }
    }

    /**
     * Which open entries to list; a null part does not filter.
     *
     * @param cause         why they wait
     * @param plugin        the plugin of their item
     * @param authorId      the author of their item
     * @param createdBefore entered the queue before this (older than an age)
     * @param createdAfter  entered the queue after this (newer than an age)
     */
    public record Filter(ReviewEntry.Cause cause, String plugin, Long authorId, Instant createdBefore, Instant createdAfter) {

        public static final Filter ALL = new Filter(null, null, null, null, null);
    }

    /** Open entries, most urgent first, then oldest first. */
    public List<Reviewed> waiting(Filter filter, int offset, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM ReviewEntry e, StoredItem i WHERE e.itemId = i.id"
                + " AND e.decided IS NULL");
        Map<String, Object> parameters = new HashMap<>();
        condition(jpql, parameters, " AND e.cause = :cause", "cause", filter.cause());
        condition(jpql, parameters, " AND i.plugin = :plugin", "plugin", filter.plugin());
        condition(jpql, parameters, " AND i.author.id = :author", "author", filter.authorId());
        condition(jpql, parameters, " AND e.created < :before", "before", filter.createdBefore());
        condition(jpql, parameters, " AND e.created > :after", "after", filter.createdAfter());
        TypedQuery<ReviewEntry> query = em.createQuery(jpql.append(" ORDER BY e.priority DESC, e.created, e.id").toString(),
                ReviewEntry.class);
        parameters.forEach(query::setParameter);
        return views(query.setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    public long size() {
        return em.createQuery("SELECT COUNT(e) FROM ReviewEntry e WHERE e.decided IS NULL", Long.class).getSingleResult();
    }

    /**
     * Claims an open entry for {@link #CLAIM}: until it ends or is released, the other
     * moderators' claims and decisions on it are refused. Claiming one's own entry again renews it.
     *
     * @throws ModerationException if there is no such open entry, or another moderator holds it
     */
    public Reviewed claim(long entryId, long moderatorId) {
        ReviewEntry entry = openForAction(entryId, moderatorId);
        Instant now = clock.instant();
        entry.claim(moderatorId, now.plus(CLAIM));
        flushOrConflict();
        return entry.view(now, members.get(moderatorId).getDisplayName());
    }

    /** Releases one's claim on an entry; releasing an entry nobody holds does nothing. */
    public Reviewed release(long entryId, long moderatorId) {
        ReviewEntry entry = openForAction(entryId, moderatorId);
        entry.release();
        flushOrConflict();
        return entry.view(clock.instant(), null);
    }

    /**
     * Decides an entry.
     *
     * @param expectedVersion the entry's version the moderator saw
     * @throws ModerationException if there is no such entry, it was decided or changed meanwhile, or
     *                             another moderator holds it
     */
    public Reviewed decide(long entryId, long expectedVersion, long moderatorId, ReviewEntry.Decision decision, String note) {
        return decide(entryId, expectedVersion, moderatorId, decision, note, null);
    }

    /**
     * Decides an entry, approving it with the moderator's corrections when {@code edit} is given:
     * the edit goes through the content store (the previous text is kept as a revision) and is
     * audited with the text before and after.
     *
     * @param edit the corrected title and body (null parts unchanged), with APPROVE only; or null
     */
    public Reviewed decide(long entryId, long expectedVersion, long moderatorId, ReviewEntry.Decision decision, String note,
            ItemEdit edit) {
        if (decision == null) {
            throw new ModerationException(ModerationException.Kind.INVALID, "decision", "Say APPROVE, REJECT, HIDE or DISMISS");
        }
        if (edit != null && decision != ReviewEntry.Decision.APPROVE) {
            throw new ModerationException(ModerationException.Kind.INVALID, "decision", "Only an approval comes with an edit");
        }
        ReviewEntry entry = openForAction(entryId, moderatorId);
        if (entry.version() != expectedVersion) {
            throw new ModerationException(ModerationException.Kind.CONFLICT, "version",
                    "Another moderator has handled this entry since you read it");
        }
        Item item = store.find(entry.itemId()).orElseThrow(() ->
                new ModerationException(ModerationException.Kind.NOT_FOUND, null, "The item is gone"));
        Item current = edit == null ? item : edited(item, edit, moderatorId, note);
        ItemStatus after = switch (decision) {
            case APPROVE -> ItemStatus.PUBLISHED;
            case REJECT -> ItemStatus.DELETED;
            case HIDE -> ItemStatus.HIDDEN;
            case DISMISS -> item.status() == ItemStatus.HIDDEN ? ItemStatus.PUBLISHED : item.status();
        };
        if (after != current.status()) {
            store.changeStatus(item.id(), current.version(), after, moderatorId);
        }
        Instant now = clock.instant();
        entry.decide(decision, moderatorId, clip(note), now);
        flushOrConflict();
        String action = decision.name().toLowerCase(Locale.ROOT);
        audit.record(null, moderatorId, "moderation." + action, item.id(), note, item.status().name(), after.name());
        notifications.notify("core", item.author().id(), "moderation-" + action, item.id(), moderatorId,
                ModerationNotices.decided(decision, current.title(), note));
        flags.resolve(item.id(), moderatorId, decision);
        return entry.view(now, null);
    }

    private Item edited(Item item, ItemEdit edit, long moderatorId, String note) {
        Item changed = store.edit(item.id(), item.version(), new ItemEdit(edit.title(), edit.body(), null, null), moderatorId);
        audit.record(null, moderatorId, "moderation.edit", item.id(), note, item.title() + "\n\n" + item.body(),
                changed.title() + "\n\n" + changed.body());
        return changed;
    }

    /** An open entry the moderator may act on: nobody else holds it. */
    private ReviewEntry openForAction(long entryId, long moderatorId) {
        ReviewEntry entry = em.find(ReviewEntry.class, entryId);
        if (entry == null) {
            throw new ModerationException(ModerationException.Kind.NOT_FOUND, null, "No review entry " + entryId);
        }
        if (!entry.open()) {
            throw new ModerationException(ModerationException.Kind.CONFLICT, "version",
                    "Another moderator has handled this entry since you read it");
        }
        Long holder = entry.holder(clock.instant());
        if (holder != null && holder != moderatorId) {
            throw new ModerationException(ModerationException.Kind.CONFLICT, "claim", "Claimed by "
                    + members.find(holder).map(Member::getDisplayName).orElse("member " + holder) + " until "
                    + entry.claimedUntil());
        }
        return entry;
    }

    private void flushOrConflict() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ModerationException(ModerationException.Kind.CONFLICT, "version",
                    "Another moderator has handled this entry at the same moment");
        }
    }

    /** The entries' views, naming who holds each one. */
    private List<Reviewed> views(List<ReviewEntry> entries) {
        Instant now = clock.instant();
        List<Long> holders = entries.stream().map(entry -> entry.holder(now)).filter(Objects::nonNull).distinct().toList();
        Map<Long, String> names = holders.isEmpty() ? Map.of() : em.createQuery(
                        "SELECT m.id, m.displayName FROM Member m WHERE m.id IN :ids", Object[].class)
                .setParameter("ids", holders).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
        return entries.stream().map(entry -> {
            Long holder = entry.holder(now);
            return entry.view(now, holder == null ? null : names.get(holder));
        }).toList();
    }

    private static void condition(StringBuilder jpql, Map<String, Object> parameters, String clause, String name,
            Object value) {
        if (value != null) {
            jpql.append(clause);
            parameters.put(name, value);
        }
    }

    private ReviewEntry openEntry(long itemId) {
        return em.createQuery("SELECT e FROM ReviewEntry e WHERE e.itemId = :item AND e.decided IS NULL", ReviewEntry.class)
                .setParameter("item", itemId).setMaxResults(1).getResultStream().findFirst().orElse(null);
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
