package org.symbiose.plugins.blog;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;
import org.symbiose.api.rest.Page;

/**
 * One page of a newest-first list as the services answer it, before REST turns it into the API's
 * {@link Page}: the services know the cursor, only the endpoint knows the request's URL.
 *
 * @param items this page's entries
 * @param next  the {@code before} cursor of the next page, or null on the last one
 */
public record Slice<T>(List<T> items, Long next) {

    public Slice {
        items = List.copyOf(items);
    }

    public static <T> Slice<T> last(List<T> items) {
        return new Slice<>(items, null);
    }

    /** The API's page shape, its next URL being this request with {@code before} moved. */
    public Page<T> page(UriInfo request) {
        return Page.of(items, request, Page.BEFORE, next);
    }

    public <R> Slice<R> map(Function<T, R> mapping) {
        return new Slice<>(items.stream().map(mapping).toList(), next);
    }
}
