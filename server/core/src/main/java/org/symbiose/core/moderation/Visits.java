package org.symbiose.core.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Members' days visited, told by every signed-in request: the members already counted today are
 * remembered in memory, so a member costs one database write a day, not one per request.
 */
@ApplicationScoped
public class Visits {

    private static final Logger LOG = Logger.getLogger(Visits.class.getName());

    @Inject
    private Clock clock;

    @Inject
    private TrustLevels trust;

    private final Set<Long> countedToday = ConcurrentHashMap.newKeySet();
    private volatile LocalDate today;

    public void visited(long memberId) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (!day.equals(today)) {
            synchronized (this) {
                if (!day.equals(today)) {
                    countedToday.clear();
                    today = day;
                }
            }
        }
        if (countedToday.add(memberId)) {
            try {
                trust.visited(memberId, day);
            } catch (RuntimeException e) {
                // a visit is not worth failing the request for; the member's next request counts it
                countedToday.remove(memberId);
                LOG.log(Level.FINE, "A visit of member " + memberId + " was not counted", e);
            }
        }
    }
}
