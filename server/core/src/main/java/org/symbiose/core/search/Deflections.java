package org.symbiose.core.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * Questions answered before they were asked: a new-topic page (a "composer", named by a random id
 * the page makes, no member kept) whose member followed a suggestion, and whether a topic was then
 * posted from it. Both are told by the page's script, so the count is what browsers report: a
 * composer that clicked a suggestion and never posted counts as deflected, including one that is
 * still open or that a blocked script never reported.
 */
@ApplicationScoped
@Transactional
public class Deflections {

    private static final Pattern COMPOSER = Pattern.compile("[A-Za-z0-9-]{8,40}");
    // plain SQL, the same on H2 and PostgreSQL (casts: PostgreSQL types no parameter of a SELECT list by itself)
    private static final String FOLLOWED = "INSERT INTO suggested_composer (composer, clicked_on, posted)"
            + " SELECT CAST(?1 AS VARCHAR(40)), CAST(?2 AS DATE), FALSE"
            + " WHERE NOT EXISTS (SELECT 1 FROM suggested_composer WHERE composer = CAST(?1 AS VARCHAR(40)))";
    private static final String POSTED = "UPDATE suggested_composer SET posted = TRUE WHERE composer = ?1";
    private static final String DEFLECTED = "SELECT COUNT(*) FROM suggested_composer WHERE clicked_on BETWEEN ?1 AND ?2 AND posted = FALSE";

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private Clock clock;

    protected Deflections() {
    }

    /** Outside a container (tests): the caller runs the transactions. */
    Deflections(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Whether {@code composer} is an id a page may have made. */
    public static boolean isComposer(String composer) {
        return composer != null && COMPOSER.matcher(composer).matches();
    }

    /** A suggestion was followed from {@code composer}; told again, it counts once. */
    public void suggestionFollowed(String composer) {
        em.createNativeQuery(FOLLOWED).setParameter(1, composer).setParameter(2, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)).executeUpdate();
    }

    /** A topic was posted from {@code composer}: not deflected after all (nothing to do if no suggestion was followed). */
    public void posted(String composer) {
        em.createNativeQuery(POSTED).setParameter(1, composer).executeUpdate();
    }

    /** The composers of the days {@code from} to {@code to} (UTC, included) that followed a suggestion and posted nothing. */
    public long deflected(LocalDate from, LocalDate to) {
        return ((Number) em.createNativeQuery(DEFLECTED).setParameter(1, from).setParameter(2, to).getSingleResult()).longValue();
    }
}
