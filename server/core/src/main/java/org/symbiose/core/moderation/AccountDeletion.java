package org.symbiose.core.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.core.audit.AuditTrail;
import org.symbiose.core.content.JpaContentStore;

/**
 * The delete-account sanction with its choice for the member's content: kept, credited to a
 * deleted member (the account's name and e-mail are scrubbed either way), or removed with it.
 * The sanction and the removal of every item are one transaction: all or nothing.
 */
@ApplicationScoped
@Transactional
public class AccountDeletion {

    /** What becomes of a deleted member's content. */
    public enum Content {
        /** Kept and shown as written by a deleted member. */
        ANONYMIZE,
        /** Every item of theirs takes the deleted status. */
        REMOVE
    }

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private Sanctions sanctions;

    @Inject
    private JpaContentStore store;

    @Inject
    private AuditTrail audit;

    /**
     * Deletes a member's account for good.
     *
     * @throws ModerationException if the choice is missing, or as {@link Sanctions#sanction} refuses
     */
    public Standing delete(long memberId, long moderatorId, String reason, String note, Content content) {
        if (content == null) {
            throw new ModerationException(ModerationException.Kind.INVALID, "content",
                    "Say what becomes of their content: ANONYMIZE or REMOVE");
        }
        Standing standing = sanctions.sanction(memberId, moderatorId, Sanction.Kind.DELETE, reason, 0, null, note);
        String after = "name and e-mail scrubbed, content kept";
        if (content == Content.REMOVE) {
            // newest first: replies go before the topics they belong to
            List<Long> items = em.createQuery("SELECT i.id FROM StoredItem i WHERE i.author.id = :member"
                    + " AND i.status <> :deleted ORDER BY i.id DESC", Long.class)
                    .setParameter("member", memberId).setParameter("deleted", ItemStatus.DELETED).getResultList();
            for (long id : items) {
                Item item = store.find(id).orElseThrow();
                store.changeStatus(id, item.version(), ItemStatus.DELETED, moderatorId);
            }
            after = "name and e-mail scrubbed, " + items.size() + " item(s) deleted";
        }
        audit.record(null, moderatorId, "moderation.account." + content.name().toLowerCase(Locale.ROOT), null,
                reason + " (member " + memberId + ")", "member " + memberId, after);
        return standing;
    }
}
