package org.symbiose.api.rest;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * One page of a list: the shape of every list the API answers, {@code {"items": [...], "next":
 * "<url>"}}. {@code next} is the URL of the following page, absent on the last one; the core
 * also sends it as a {@code Link: <url>; rel="next"} header. A list that is never paged (a tree,
 * a short configuration) is one page with no {@code next}.
 *
 * <p>Build the next URL from the request with {@link #of(List, UriInfo, String, Object)}, so it
 * keeps the caller's other parameters ({@code limit}, filters) and only moves the cursor.
 *
 * @param items this page's entries, in the list's order
 * @param next  the URL of the next page, or null on the last one
 * @param <T>   what is listed
 */
public record Page<T>(List<T> items, String next) {

    /** The query parameter of the newest-first cursor: the id below which the next page starts. */
    public static final String BEFORE = "before";

    /** The query parameter of an offset: how many entries the next page skips. */
    public static final String OFFSET = "offset";

    public Page {
        items = List.copyOf(items);
    }

    /** A whole list, or its last page: no next page. */
    public static <T> Page<T> of(List<T> items) {
        return new Page<>(items, null);
    }

    /**
     * A page whose next one is the request with {@code parameter} set to {@code value}, such as
     * {@code before=1234} or {@code offset=40}; {@code value} null means this is the last page.
     */
    public static <T> Page<T> of(List<T> items, UriInfo request, String parameter, Object value) {
        return new Page<>(items, value == null ? null : link(request, parameter, value));
    }

    /**
     * The URL of the request with {@code parameter} set to {@code value}, all else kept: the
     * {@code next} of a page, for answers that hold a page inside a larger one.
     */
    public static String link(UriInfo request, String parameter, Object value) {
        URI next = request.getRequestUriBuilder().replaceQueryParam(parameter, value).build();
        return next.toString();
    }

    /**
     * A page of a newest-first list from up to {@code size + 1} rows fetched below the cursor:
     * the extra row, if there is one, only says that a next page exists, {@value #BEFORE} the
     * last shown row's id.
     */
    public static <T> Page<T> newestFirst(List<T> fetched, int size, ToLongFunction<T> id, UriInfo request) {
        if (fetched.size() <= size) {
            return of(fetched);
        }
        List<T> shown = fetched.subList(0, size);
        return of(shown, request, BEFORE, id.applyAsLong(shown.get(size - 1)));
    }
}
