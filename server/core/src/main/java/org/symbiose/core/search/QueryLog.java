package org.symbiose.core.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Where the site's searches (the search page, the REST search) tell what was asked and whether a
 * result was followed, for the console's content gaps. Anonymous by construction: only the
 * normalised text and the day are kept, never who asked nor from where. Counting never fails a
 * search.
 */
@ApplicationScoped
public class QueryLog {

    private static final Logger LOG = Logger.getLogger(QueryLog.class.getName());
    /** The longest text kept; the column's width. */
    static final int MAX_LENGTH = 200;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Inject
    private QueryCounts counts;

    /** A first page of results for {@code query} was shown; {@code nothing} if it found nothing. */
    public void searched(String query, boolean nothing) {
        String text = normalised(query);
        if (!text.isEmpty()) {
            try {
                counts.searched(text, nothing);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "A search was not counted", e);
            }
        }
    }

    /** A result of {@code query} was followed. */
    public void clicked(String query) {
        String text = normalised(query);
        if (!text.isEmpty()) {
            try {
                counts.clicked(text);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "A followed result was not counted", e);
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
