package org.symbiose.core.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.core.member.Member;

/** Members' notification lists: what plugins send, what members read. */
@ApplicationScoped
@Transactional
public class NotificationList {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final int MAX_TEXT = 300;

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** See {@link org.symbiose.api.notification.Notifications#notify}. */
    public boolean notify(String plugin, long memberId, String kind, Long itemId, Long actorId, String text) {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new InvalidItemException("kind", "A notification kind is lower case letters, digits and dashes");
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new InvalidItemException("text", "A notification text has 1 to " + MAX_TEXT + " characters");
        }
        if (Objects.equals(actorId, memberId) || em.find(Member.class, memberId) == null || unreadTwin(memberId, plugin, kind, itemId)) {
            return false;
        }
        em.persist(new StoredNotification(memberId, plugin, kind, itemId, actorId, text.strip(), clock.instant()));
        return true;
    }

    /**
     * Tells a member something the core says ({@link Notice}), in the member's language: the text is
     * said when it is sent and cut to the longest text a notification keeps.
     */
    public boolean notify(String plugin, long memberId, String kind, Long itemId, Long actorId, Notice notice) {
        Member member = em.find(Member.class, memberId);
        if (member == null) {
            return false;
        }
        String text = notice.in(member.getLocale());
        return notify(plugin, memberId, kind, itemId, actorId, text.length() <= MAX_TEXT ? text
                : text.substring(0, MAX_TEXT - 1) + "…");
    }

    /** A member's notifications, newest first, below id {@code before} when given. */
    public List<Notification> page(long memberId, Long before, int limit) {
        TypedQuery<StoredNotification> query = em.createQuery("SELECT n FROM StoredNotification n WHERE n.memberId = :member"
                        + " AND n.id < :before ORDER BY n.id DESC", StoredNotification.class)
                .setParameter("member", memberId)
                .setParameter("before", before == null ? Long.MAX_VALUE : before)
                .setMaxResults(limit);
        return query.getResultList().stream().map(StoredNotification::view).toList();
    }

    public long unread(long memberId) {
        return em.createQuery("SELECT COUNT(n) FROM StoredNotification n WHERE n.memberId = :member AND n.readAt IS NULL",
                Long.class).setParameter("member", memberId).getSingleResult();
    }

    /** Marks one of the member's notifications read; false if they have none with that id. */
    public boolean markRead(long memberId, long id) {
        StoredNotification notification = em.find(StoredNotification.class, id);
        if (notification == null || !notification.belongsTo(memberId)) {
            return false;
        }
        notification.markRead(clock.instant());
        return true;
    }

    public void markAllRead(long memberId) {
        em.createQuery("UPDATE StoredNotification n SET n.readAt = :now WHERE n.memberId = :member AND n.readAt IS NULL")
                .setParameter("now", clock.instant()).setParameter("member", memberId).executeUpdate();
    }

    private boolean unreadTwin(long memberId, String plugin, String kind, Long itemId) {
        TypedQuery<Long> query = em.createQuery("SELECT n.id FROM StoredNotification n WHERE n.memberId = :member"
                        + " AND n.plugin = :plugin AND n.kind = :kind AND n.readAt IS NULL AND "
                        + (itemId == null ? "n.itemId IS NULL" : "n.itemId = :item"), Long.class)
                .setParameter("member", memberId).setParameter("plugin", plugin).setParameter("kind", kind);
        if (itemId != null) {
            query.setParameter("item", itemId);
        }
        return !query.setMaxResults(1).getResultList().isEmpty();
    }
}
