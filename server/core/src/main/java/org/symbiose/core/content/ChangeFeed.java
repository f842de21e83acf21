package org.symbiose.core.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The items written and not yet indexed, oldest first. The store adds to it in each writing
 * transaction; the search indexer takes rows, indexes their items and removes the rows once its
 * index is durable, so a crash in between only means indexing them again.
 */
@ApplicationScoped
@Transactional
public class ChangeFeed {

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    protected ChangeFeed() {
    }

    /** A feed outside a container (tests, benchmarks): the caller runs the transactions. */
    public ChangeFeed(EntityManager em) {
        this.em = em;
    }

    /** Up to {@code max} changes, oldest first. */
    public List<ItemChange> next(int max) {
        return em.createQuery("SELECT c FROM ItemChange c ORDER BY c.seq", ItemChange.class)
                .setMaxResults(max).getResultList();
    }

    /** Forgets changes whose items are now durably indexed. */
    public void done(List<ItemChange> changes) {
        if (!changes.isEmpty()) {
            em.createQuery("DELETE FROM ItemChange c WHERE c.seq IN :seqs")
                    .setParameter("seqs", changes.stream().map(ItemChange::seq).toList()).executeUpdate();
        }
    }

    /** How many changes wait. */
    public long backlog() {
        return em.createQuery("SELECT COUNT(c) FROM ItemChange c", Long.class).getSingleResult();
    }

    /** Queues every item of one author again, for example after their display name changed. */
    public void requeueAuthor(long memberId) {
        // row by row, so each takes its id from the sequence like any other change
        em.createQuery("SELECT i.id FROM StoredItem i WHERE i.author.id = :author", Long.class)
                .setParameter("author", memberId).getResultList()
                .forEach(itemId -> em.persist(new ItemChange(itemId)));
    }
}
