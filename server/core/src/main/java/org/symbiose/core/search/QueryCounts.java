package org.symbiose.core.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The search queries counted per day, in the database; {@link QueryLog} is what searches call. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class QueryCounts {

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private Clock clock;

    protected QueryCounts() {
    }

    /** Outside a container (tests): the caller runs the transactions. */
    QueryCounts(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    void searched(String text, boolean nothing) {
        LocalDate day = today();
        int counted = em.createQuery("UPDATE SearchedQuery q SET q.searches = q.searches + 1,"
                        + " q.foundNothing = q.foundNothing + :nothing WHERE q.text = :text AND q.day = :day")
                .setParameter("nothing", nothing ? 1L : 0L).setParameter("text", text).setParameter("day", day).executeUpdate();
        if (counted == 0) {
            // a first search today; two servers racing here lose one count to the unique constraint
            em.persist(new SearchedQuery(text, day, nothing));
            em.flush();
        }
    }

    /** Counts a followed result, never more than the searches of the day: a replayed beacon inflates nothing. */
    void clicked(String text) {
        em.createQuery("UPDATE SearchedQuery q SET q.clicks = q.clicks + 1 WHERE q.text = :text AND q.day = :day"
                        + " AND q.clicks < q.searches")
                .setParameter("text", text).setParameter("day", today()).executeUpdate();
    }

    /** The queries of the last {@code days} days and today that found nothing, most frequent first. */
    public List<ContentGap> foundNothing(int days, int limit) {
        return gaps(days, limit, "SUM(q.foundNothing)");
    }

    /** The queries of the last {@code days} days and today after which no result was followed, most frequent first. */
    public List<ContentGap> noClick(int days, int limit) {
        return gaps(days, limit, "SUM(q.searches) - SUM(q.clicks)");
    }

    private List<ContentGap> gaps(int days, int limit, String measure) {
        return em.createQuery("SELECT q.text, SUM(q.searches), SUM(q.foundNothing), SUM(q.searches) - SUM(q.clicks)"
                        + " FROM SearchedQuery q WHERE q.day >= :from GROUP BY q.text HAVING " + measure + " > 0"
                        + " ORDER BY " + measure + " DESC, SUM(q.searches) DESC, q.text", Object[].class)
                .setParameter("from", today().minusDays(days)).setMaxResults(limit).getResultList().stream()
                .map(row -> new ContentGap((String) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                        ((Number) row[3]).longValue()))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
