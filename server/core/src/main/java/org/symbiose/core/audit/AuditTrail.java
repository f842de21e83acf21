package org.symbiose.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
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

    public void record(String plugin, long actorId, String action, Long itemId, String reason, String before, String after) {
        if (action == null || !ACTION.matcher(action).matches()) {
            throw new InvalidItemException("action", "An action is lower case letters, digits, dots and dashes");
        }
        em.persist(new AuditEntry(clock.instant(), actorId, plugin, action, itemId, clip(reason), clip(before), clip(after)));
    }

    /** Entries newest first, below id {@code before} when given, optionally for one item. */
    public List<Audited> page(Long itemId, Long before, int limit) {
        TypedQuery<AuditEntry> query = em.createQuery("SELECT e FROM AuditEntry e WHERE e.id < :before"
                        + (itemId == null ? "" : " AND e.itemId = :item") + " ORDER BY e.id DESC", AuditEntry.class)
                .setParameter("before", before == null ? Long.MAX_VALUE : before);
        if (itemId != null) {
            query.setParameter("item", itemId);
        }
        return query.setMaxResults(limit).getResultList().stream().map(AuditEntry::view).toList();
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
