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

    /** A query asked on a day. */
    record Key(String text, LocalDate day) {
    }

    /** Searches of a query, how many found nothing, and how many had a result followed. */
    record Tally(long searches, long nothing, long clicks) {

        Tally plus(Tally other) {
            return new Tally(searches + other.searches, nothing + other.nothing, clicks + other.clicks);
        }
    }

    /**
     * Adds {@code tally} to the query's day. Clicks never pass the day's searches: a replayed beacon
     * inflates nothing.
     */
    void add(Key key, Tally tally) {
        int counted = em.createQuery("UPDATE SearchedQuery q SET q.searches = q.searches + :searches,"
                        + " q.foundNothing = q.foundNothing + :nothing, q.clicks = CASE WHEN q.clicks + :clicks"
                        + " > q.searches + :searches THEN q.searches + :searches ELSE q.clicks + :clicks END"
                        + " WHERE q.text = :text AND q.day = :day")
                .setParameter("searches", tally.searches()).setParameter("nothing", tally.nothing())
                .setParameter("clicks", tally.clicks()).setParameter("text", key.text()).setParameter("day", key.day())
                .executeUpdate();
        if (counted == 0 && tally.searches() > 0) {
            // the query's first count of the day; two servers racing here lose one period's counts to the unique constraint
            em.persist(new SearchedQuery(key.text(), key.day(), tally.searches(), tally.nothing(),
                    Math.min(tally.clicks(), tally.searches())));
            em.flush();
        }
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
