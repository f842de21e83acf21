package org.symbiose.web.rest.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.api.member.AccountState;
import org.symbiose.api.rest.Page;
import org.symbiose.core.moderation.MemberSearch;
import org.symbiose.core.moderation.MemberSummary;
import org.symbiose.web.rest.QueryValues;

/** Moderators finding members; each one's file is under {@code moderation/members/{id}}. */
@Path("moderation/members")
@RequestScoped
@RolesAllowed("moderator")
@Produces(MediaType.APPLICATION_JSON)
public class MemberSearchResource {

    @Inject
    private MemberSearch search;

    @GET
    @Operation(summary = "Members whose name or e-mail address contains q, optionally in one state"
            + " (ACTIVE, SILENCED, SUSPENDED, DELETED), newest first, with a next link")
    public Response find(@QueryParam("q") String q, @QueryParam("state") String state, @QueryParam("before") String before,
            @QueryParam("limit") String limit, @Context UriInfo uri) {
        int size = QueryValues.limit(limit, 50, 200);
        return Response.ok(Page.newestFirst(search.find(q, QueryValues.choice("state", state, AccountState.class),
                QueryValues.id("before", before), size + 1), size, MemberSummary::id, uri)).build();
    }
}
