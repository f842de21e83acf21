package org.symbiose.core.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The moderation dashboard's figures over a range of days (UTC), counted in the database. */
@ApplicationScoped
@Transactional
public class Dashboard {

    private static final int TOP = 10;
    /** The longest range: a leap year. */
    public static final int MAX_DAYS = 366;

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ReviewQueue queue;

    /**
     * The figures.
     *
     * @param from                  the range's first day
     * @param to                    its last day, included
     * @param queueSize             entries waiting now
     * @param medianDecisionMinutes median time from queue to decision of the entries decided in the span, or null
     * @param flagsPerDay           flags raised per day (UTC), every day of the span
     * @param flagsPerReason        flags raised per reason
     * @param topFlagged            the members whose items were flagged most, with their counts
     * @param newMembersPerDay      registrations per day (UTC), every day of the span
     */
    public record Figures(LocalDate from, LocalDate to, long queueSize, Long medianDecisionMinutes, Map<String, Long> flagsPerDay,
            Map<String, Long> flagsPerReason, List<Flagged> topFlagged, Map<String, Long> newMembersPerDay) {
    }

    /**
     * A member and how many flags their items received.
     *
     * @param memberId    the member
     * @param displayName their name
     * @param flags       the count
     */
    public record Flagged(long memberId, String displayName, long flags) {
    }

    /** The figures of the last {@code days} days and today. */
    public Figures figures(int days) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return figures(today.minusDays(days), today);
    }

    /**
     * The figures from the start of {@code from} to the end of {@code to}.
     *
     * @throws ModerationException if {@code from} is after {@code to} or the range is longer than {@link #MAX_DAYS}
     */
    public Figures figures(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new ModerationException(ModerationException.Kind.INVALID, "from", "The range starts after it ends");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new ModerationException(ModerationException.Kind.INVALID, "to", "At most " + MAX_DAYS + " days");
        }
        Instant since = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant until = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Long> minutes = new ArrayList<>(em.createQuery("SELECT e.created, e.decided FROM ReviewEntry e"
                        + " WHERE e.decided >= :since AND e.decided < :until", Object[].class)
                .setParameter("since", since).setParameter("until", until).getResultList().stream()
                .map(row -> Duration.between((Instant) row[0], (Instant) row[1]).toMinutes()).sorted().toList());
        Map<String, Long> perDay = emptyDays(from, to);
        Map<String, Long> perReason = new TreeMap<>();
        em.createQuery("SELECT f.created, f.reason FROM ItemFlag f WHERE f.created >= :since"
                        + " AND f.created < :until", Object[].class)
                .setParameter("since", since).setParameter("until", until).getResultList().forEach(row -> {
                    perDay.merge(day((Instant) row[0]), 1L, Long::sum);
                    perReason.merge(row[1].toString(), 1L, Long::sum);
                });
        List<Flagged> top = em.createQuery("SELECT m.id, m.displayName, COUNT(f) FROM ItemFlag f, StoredItem i, Member m"
                        + " WHERE f.itemId = i.id AND i.author = m AND f.created >= :since AND f.created < :until"
                        + " GROUP BY m.id, m.displayName ORDER BY COUNT(f) DESC", Object[].class)
                .setParameter("since", since).setParameter("until", until).setMaxResults(TOP).getResultList().stream()
                .map(row -> new Flagged((Long) row[0], (String) row[1], (Long) row[2])).toList();
        Map<String, Long> newMembers = emptyDays(from, to);
        em.createQuery("SELECT m.created FROM Member m WHERE m.created >= :since AND m.created < :until", Instant.class)
                .setParameter("since", since).setParameter("until", until).getResultList().forEach(created -> newMembers.merge(day(created), 1L, Long::sum));
        return new Figures(from, to, queue.size(), minutes.isEmpty() ? null : minutes.get(minutes.size() / 2), perDay, perReason,
                top, newMembers);
    }

    private static Map<String, Long> emptyDays(LocalDate from, LocalDate to) {
        Map<String, Long> days = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.put(day.toString(), 0L);
        }
        return days;
    }

    private static String day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }
}
