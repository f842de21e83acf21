package org.symbiose.web.rest;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * One page of a listing.
 *
 * @param items the entries
 * @param next  the URL of the next page, or null on the last one (also sent as a {@code Link} header)
 */
public record PageOf<T>(List<T> items, String next) {

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
