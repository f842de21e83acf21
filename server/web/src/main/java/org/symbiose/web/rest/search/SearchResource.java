package org.symbiose.web.rest.search;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.api.rest.Page;
import org.symbiose.api.search.SearchHit;
import org.symbiose.api.search.SearchOrder;
import org.symbiose.api.search.SearchResult;
import org.symbiose.api.search.Suggestion;
import org.symbiose.core.content.ReadableItems;
import org.symbiose.core.search.CoreSearch;
import org.symbiose.core.search.Deflections;
import org.symbiose.core.search.QueryLog;
import org.symbiose.web.rest.QueryValues;
import org.symbiose.web.security.Caller;
import org.symbiose.web.security.CurrentMember;

/** Searching everything the community wrote, as the caller may read it. */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private static final int MAX_OFFSET = 10_000;
    /** The longest query the site's search form sends. */
    private static final int MAX_QUERY = 500;

    // the core's search, not only the API's: the REST search may leave out facets and snippets
    @Inject
    private CoreSearch search;

    @Inject
    private CurrentMember current;

    @Inject
    private ReadableItems readable;

    @Inject
    private QueryLog queries;

    @Inject
    private Deflections deflections;

    @GET
    @PermitAll
    @Operation(summary = "Items matching q, one page ({items, next, total, totalExact, facets}): words, \"phrases\", -exclusions, tag:, author:, type:, plugin:;"
            + " facets=false and snippets=false leave those out, for speed; a first page with facets counts as a query asked"
            + " (anonymously, for the console's content gaps), one without is taken for a search as you type")
    public Response search(@QueryParam("q") String q, @QueryParam("order") String order,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @QueryParam("facets") String facets, @QueryParam("snippets") String snippets, @Context UriInfo uri) {
        int from = offset(offset);
        int size = QueryValues.limit(limit, 10, 100);
        boolean withFacets = flag("facets", facets);
        SearchResult result = search.search(q, order(order), from, size, viewer(), withFacets, flag("snippets", snippets));
        if (from == 0 && withFacets) {
            queries.searched(q, result.hits().isEmpty());
        }
        int following = from + result.hits().size();
        Page<SearchHit> page = Page.of(result.hits(), uri, Page.OFFSET,
                (following < result.total() || !result.totalExact()) && following <= MAX_OFFSET && !result.hits().isEmpty() ? following : null);
        Response.ResponseBuilder answer = Response.ok(new SearchAnswer(page.items(), page.next(), result.total(),
                result.totalExact(), result.facets()));
        if (page.next() != null) {
            answer.links(Link.fromUri(page.next()).rel("next").build());
        }
        return answer.build();
    }

    @POST
    @Path("clicks")
    @PermitAll
    @Operation(summary = "Tells that a result of the query q was followed (the search page's beacon); counted anonymously, at most once per search of the day")
    public Response clicked(@QueryParam("q") String q) {
        if (q == null || q.isBlank()) {
            throw QueryValues.invalid("q", "the query whose result was followed is required");
        }
        if (q.length() > MAX_QUERY) {
            throw QueryValues.invalid("q", "at most " + MAX_QUERY + " characters");
        }
        queries.clicked(q);
        return Response.noContent().build();
    }

    @POST
    @Path("deflections/{composer}")
    @PermitAll
    @Operation(summary = "Tells that a suggestion was followed from a new-topic page (composer: the page's random id, 8-40 letters,"
            + " digits, dashes); a composer that then posts nothing counts as a deflected question")
    public Response suggestionFollowed(@PathParam("composer") String composer) {
        deflections.suggestionFollowed(composer(composer));
        return Response.noContent().build();
    }

    @POST
    @Path("deflections/{composer}/posted")
    @PermitAll
    @Operation(summary = "Tells that a topic was posted from that new-topic page: not deflected")
    public Response posted(@PathParam("composer") String composer) {
        deflections.posted(composer(composer));
        return Response.noContent().build();
    }

    @GET
    @Path("suggest")
    @PermitAll
    @Operation(summary = "Titles and tags completing what is being typed")
    public Page<Suggestion> suggest(@QueryParam("q") String q, @QueryParam("limit") String limit) {
        return Page.of(search.suggest(q == null ? "" : q, QueryValues.limit(limit, 8, 20), viewer()));
    }

    @GET
    @Path("related/{id}")
    @PermitAll
    @Operation(summary = "Items like this one; 404 if the caller may not read it")
    public Page<SearchHit> related(@PathParam("id") long id, @QueryParam("limit") String limit) {
        readable.find(id, viewer());
        return Page.of(search.related(id, QueryValues.limit(limit, 5, 20), viewer()));
    }

    private static String composer(String composer) {
        if (!Deflections.isComposer(composer)) {
            throw QueryValues.invalid("composer", "must be 8 to 40 letters, digits or dashes");
        }
        return composer;
    }

    private Long viewer() {
        return current.caller().map(Caller::id).orElse(null);
    }

    private static SearchOrder order(String text) {
        if (text == null || text.isBlank()) {
            return SearchOrder.RELEVANCE;
        }
        try {
            return SearchOrder.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw QueryValues.invalid("order", "must be relevance or newest");
        }
    }

    /** A yes/no parameter, yes when absent. */
    private static boolean flag(String name, String text) {
        if (text == null || text.isBlank() || "true".equalsIgnoreCase(text.strip())) {
            return true;
        }
        if ("false".equalsIgnoreCase(text.strip())) {
            return false;
        }
        throw QueryValues.invalid(name, "must be true or false");
    }

    private static int offset(String text) {
        Long offset = text == null || text.isBlank() ? Long.valueOf(0) : QueryValues.number("offset", text);
        if (offset < 0 || offset > MAX_OFFSET) {
            throw QueryValues.invalid("offset", "must be between 0 and " + MAX_OFFSET);
        }
        return offset.intValue();
    }
}
