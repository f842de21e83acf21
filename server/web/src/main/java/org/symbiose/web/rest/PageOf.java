package org.symbiose.web.rest;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * One page of a listing.
 *
 * @param items the entries
 * @param next  the URL of the next page, or null on the last one (also sent as a {@code Link} header)
 */
public record PageOf<T>(List<T> items, String next) {

    /**
     * Builds the answer from up to {@code size + 1} rows fetched newest first: the extra row, if
     * there is one, only says that a next page exists, below the last shown row's id.
     */
    public static <T> Response respond(List<T> fetched, int size, ToLongFunction<T> id, UriInfo uri) {
        if (fetched.size() <= size) {
            return respond(fetched, null, uri);
        }
        List<T> shown = fetched.subList(0, size);
        return respond(shown, id.applyAsLong(shown.get(size - 1)), uri);
    }

    /** Builds the answer, with the next page's link made from the request URL and the cursor. */
    public static <T> Response respond(List<T> items, Long cursor, UriInfo uri) {
        if (cursor == null) {
            return Response.ok(new PageOf<>(items, null)).build();
        }
        var next = uri.getRequestUriBuilder().replaceQueryParam("before", cursor).build();
        return Response.ok(new PageOf<>(items, next.toString()))
                .links(Link.fromUri(next).rel("next").build())
                .build();
    }
}
