package org.symbiose.core.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The items written, in the order of their seq. The store adds to it in each writing transaction; every
 * node's search index follows it with a position of its own, which the node reports here. Rows go once
 * every live node passed them, or after the retention period whatever the nodes did; {@link #prunedThrough()}
 * then tells a node that fell further behind to rebuild its index.
 */
@ApplicationScoped
@Transactional
public class ChangeFeed {

    /** Rows deleted per statement: short transactions that never hold the writers back. */
    public static final int PRUNE_BATCH = 1000;
    // an IN list this long is fine on both databases
    private static final int MOST_PER_LIST = 1000;

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    protected ChangeFeed() {
    }

    /** A feed outside a container (tests, benchmarks): the caller runs the transactions. */
    public ChangeFeed(EntityManager em) {
        this.em = em;
    }

    /** Up to {@code max} changes after {@code position}, in seq order. */
    public List<ItemChange> after(long position, int max) {
        return em.createQuery("SELECT c FROM ItemChange c WHERE c.seq > :position ORDER BY c.seq", ItemChange.class)
                .setParameter("position", position).setMaxResults(max).getResultList();
    }

    /** The changes among {@code seqs} that exist now, for example those committed since a follower saw their hole. */
    public List<ItemChange> among(Collection<Long> seqs) {
        List<Long> all = List.copyOf(seqs);
        List<ItemChange> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MOST_PER_LIST) {
            found.addAll(em.createQuery("SELECT c FROM ItemChange c WHERE c.seq IN :seqs ORDER BY c.seq", ItemChange.class)
                    .setParameter("seqs", all.subList(from, Math.min(all.size(), from + MOST_PER_LIST)))
                    .getResultList());
        }
        return found;
    }

    /** The highest seq in the feed, 0 when it is empty. */
    public long newest() {
        Long newest = em.createQuery("SELECT MAX(c.seq) FROM ItemChange c", Long.class).getSingleResult();
        return newest == null ? 0 : newest;
    }

    /** How many changes wait for a node at {@code position}. */
    public long waiting(long position) {
        return em.createQuery("SELECT COUNT(c) FROM ItemChange c WHERE c.seq > :position", Long.class)
                .setParameter("position", position).getSingleResult();
    }

    /** When the oldest change waiting for a node at {@code position} was written; empty when none waits. */
    public Optional<Instant> oldestWaiting(long position) {
        // the first by seq, read through its mapping: MIN() would bypass the column's converter on PostgreSQL
        return em.createQuery("SELECT c.writtenAt FROM ItemChange c WHERE c.seq > :position ORDER BY c.seq",
                Instant.class).setParameter("position", position).setMaxResults(1).getResultStream().findFirst();
    }

    /** The highest seq pruned so far: a node whose position is below it cannot replay the feed. */
    public long prunedThrough() {
        return ((Number) em.createNativeQuery("SELECT pruned_through FROM feed_horizon WHERE id = 1")
                .getSingleResult()).longValue();
    }

    /** Records where node {@code node} is and what its index is doing. */
    public void report(String node, long position, String mode, Instant at) {
        FeedReader reader = em.find(FeedReader.class, node);
        if (reader == null) {
            reader = new FeedReader(node);
            em.persist(reader);
        }
        reader.seen(position, mode, at);
    }

    /**
     * Deletes up to {@value #PRUNE_BATCH} of the oldest changes that every node seen since {@code live} ago
     * passed, or that were written more than {@code retention} ago. Several nodes may prune at once: the
     * deletes are idempotent and the horizon only rises.
     *
     * @return how many rows went
     */
    public int prune(Instant now, Duration live, Duration retention) {
        List<Long> oldest = em.createQuery("SELECT c.seq FROM ItemChange c ORDER BY c.seq", Long.class)
                .setMaxResults(PRUNE_BATCH).getResultList();
        if (oldest.isEmpty()) {
            return 0;
        }
        Long passed = em.createQuery("SELECT MIN(r.position) FROM FeedReader r WHERE r.lastSeen >= :since", Long.class)
                .setParameter("since", now.minus(live)).getSingleResult();
        // among the oldest rows only: the scan stays short however long a stuck node holds the feed
        Long expired = em.createQuery(
                "SELECT MAX(c.seq) FROM ItemChange c WHERE c.seq <= :last AND c.writtenAt < :before", Long.class)
                .setParameter("last", oldest.getLast()).setParameter("before", now.minus(retention)).getSingleResult();
        long through = Math.min(oldest.getLast(), Math.max(passed == null ? 0 : passed, expired == null ? 0 : expired));
        if (through < oldest.getFirst()) {
            return 0;
        }
        // in the delete's transaction: a node checking the horizon sees the rise or still finds every row
        em.createNativeQuery("UPDATE feed_horizon SET pruned_through = ? WHERE id = 1 AND pruned_through < ?")
                .setParameter(1, through).setParameter(2, through).executeUpdate();
        return em.createQuery("DELETE FROM ItemChange c WHERE c.seq <= :through").setParameter("through", through)
                .executeUpdate();
    }

    /** Queues every item of one author again, for example after their display name changed. */
    public void requeueAuthor(long memberId) {
        // row by row, so each takes its id from the sequence like any other change
        em.createQuery("SELECT i.id FROM StoredItem i WHERE i.author.id = :author", Long.class)
                .setParameter("author", memberId).getResultList()
                .forEach(itemId -> em.persist(new ItemChange(itemId)));
    }
}
