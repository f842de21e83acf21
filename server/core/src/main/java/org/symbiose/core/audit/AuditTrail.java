package org.symbiose.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.symbiose.api.content.InvalidItemException;

/**
 * The audit log on its table. An entry joins the caller's transaction, so an action and its
 * entry are written together or not at all.
 */
@ApplicationScoped
@Transactional
public class AuditTrail {

    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9.-]{0,79}");
    private static final int MAX_TEXT = 1000;

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private Clock clock;

    protected AuditTrail() {
    }

    /** A trail outside a container (tests): the caller runs the transactions. */
    public AuditTrail(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public void record(String plugin, long actorId, String action, Long itemId, String reason, String before, String after) {
        if (action == null || !ACTION.matcher(action).matches()) {
            throw new InvalidItemException("action", "An action is lower case letters, digits, dots and dashes");
        }
        em.persist(new AuditEntry(clock.instant(), actorId, plugin, action, itemId, clip(reason), clip(before), clip(after)));
    }

    /**
     * Which entries to read; a null part does not filter.
     *
     * @param itemId  on this item
     * @param actorId by this member
     * @param action  whose action starts with this (e.g. {@code forum.} or {@code moderation.reject})
     * @param from    at or after this
     * @param to      before this
     */
    public record Filter(Long itemId, Long actorId, String action, Instant from, Instant to) {

        /**
         * A filter on whole days (UTC), both included; null parts do not filter.
         *
         * @throws InvalidItemException if {@code from} is after {@code to}
         */
        public static Filter ofDays(Long itemId, Long actorId, String action, LocalDate from, LocalDate to) {
            if (from != null && to != null && from.isAfter(to)) {
                throw new InvalidItemException("from", "The first day is after the last");
            }
            return new Filter(itemId, actorId, action == null || action.isBlank() ? null : action.strip(),
                    from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
    }

    /** Entries newest first, below id {@code before} when given. */
    public List<Audited> page(Filter filter, Long before, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEntry e WHERE e.id < :before");
        if (filter.itemId() != null) {
            jpql.append(" AND e.itemId = :item");
        }
        if (filter.actorId() != null) {
            jpql.append(" AND e.actorId = :actor");
        }
        if (filter.action() != null) {
            jpql.append(" AND e.action LIKE :action");
        }
        if (filter.from() != null) {
            jpql.append(" AND e.at >= :from");
        }
        if (filter.to() != null) {
            jpql.append(" AND e.at < :to");
        }
        TypedQuery<AuditEntry> query = em.createQuery(jpql.append(" ORDER BY e.id DESC").toString(), AuditEntry.class)
                .setParameter("before", before == null ? Long.MAX_VALUE : before);
        if (filter.itemId() != null) {
            query.setParameter("item", filter.itemId());
        }
        if (filter.actorId() != null) {
            query.setParameter("actor", filter.actorId());
        }
        if (filter.action() != null) {
            // action keys are letters, digits, dots and dashes: nothing to escape but LIKE's own two
            query.setParameter("action", filter.action().replace("%", "").replace("_", "") + "%");
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        return query.setMaxResults(limit).getResultList().stream().map(AuditEntry::view).toList();
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
