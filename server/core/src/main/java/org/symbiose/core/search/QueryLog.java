package org.symbiose.core.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Where the site's searches (the search page, the REST search) tell what was asked and whether a
 * result was followed, for the console's content gaps. Anonymous by construction: only the
 * normalised text and the day are kept, never who asked nor from where. Counting never fails nor
 * slows a search: counts gather here and are added to the database every {@link #FLUSH_SECONDS}
 * seconds, so a busy query costs one write per node and period, not a write (and a lock on its
 * row) per search. They are additions, so nodes never contradict each other; a node that crashes
 * loses at most its last period of counts.
 */
@ApplicationScoped
public class QueryLog {

    private static final Logger LOG = Logger.getLogger(QueryLog.class.getName());
    /** The longest text kept; the column's width. */
    static final int MAX_LENGTH = 200;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final long FLUSH_SECONDS = 5;

    @Inject
    private QueryCounts counts;

    @Inject
    private Clock clock;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private final ConcurrentHashMap<QueryCounts.Key, QueryCounts.Tally> pending = new ConcurrentHashMap<>();
    private ScheduledFuture<?> flushing;

    @PostConstruct
    void start() {
        flushing = scheduler.scheduleWithFixedDelay(this::flush, FLUSH_SECONDS, FLUSH_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        flushing.cancel(false);
        flush();
    }

    /** A first page of results for {@code query} was shown; {@code nothing} if it found nothing. */
    public void searched(String query, boolean nothing) {
        add(query, new QueryCounts.Tally(1, nothing ? 1 : 0, 0));
    }

    /** A result of {@code query} was followed. */
    public void clicked(String query) {
        add(query, new QueryCounts.Tally(0, 0, 1));
    }

    private void add(String query, QueryCounts.Tally tally) {
        String text = normalised(query);
        if (!text.isEmpty()) {
            pending.merge(new QueryCounts.Key(text, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)), tally,
                    QueryCounts.Tally::plus);
        }
    }

    /** Adds what gathered to the database; what fails to be written is dropped, never retried into a double count. */
    void flush() {
        for (QueryCounts.Key key : pending.keySet()) {
            // remove, not get: an addition racing this one lands in a fresh tally for the next period
            QueryCounts.Tally tally = pending.remove(key);
            if (tally != null) {
                try {
                    counts.add(key, tally);
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "Search counts were not written", e);
                }
            }
        }
    }

    /** The query as counted: trimmed, in lower case, with single spaces, at most {@value #MAX_LENGTH} characters. */
    static String normalised(String query) {
        if (query == null) {
            return "";
        }
        String text = SPACES.matcher(query.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        // never cut a surrogate pair in two
        int end = Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return text.substring(0, end).strip();
    }
}
