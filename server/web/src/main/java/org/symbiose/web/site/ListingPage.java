package org.symbiose.web.site;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * One page of a console listing, newest first.
 *
 * @param shown the rows to show
 * @param next  the cursor of the next page (the last shown row's id), or null on the last page
 */
public record ListingPage<T>(List<T> shown, Long next) {

    /** The page the listing's pages show. */
    static final int SIZE = 50;

    /** Made from up to {@link #SIZE} + 1 rows: the extra one only says that a next page exists. */
    static <T> ListingPage<T> of(List<T> fetched, ToLongFunction<T> id) {
        if (fetched.size() <= SIZE) {
            return new ListingPage<>(fetched, null);
        }
        List<T> shown = fetched.subList(0, SIZE);
        return new ListingPage<>(shown, id.applyAsLong(shown.get(SIZE - 1)));
    }
}
