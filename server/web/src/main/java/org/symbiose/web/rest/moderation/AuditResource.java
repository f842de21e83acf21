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
import org.symbiose.core.audit.AuditTrail;
import org.symbiose.core.audit.Audited;
import org.symbiose.web.rest.PageOf;
import org.symbiose.web.rest.QueryValues;

/** The audit log, for moderators: who did what, on what, when and why. */
@Path("moderation/audit")
@RequestScoped
@RolesAllowed("moderator")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    private AuditTrail audit;

    @GET
    @Operation(summary = "Audit entries, newest first, optionally for one item, with a next link")
    public Response list(@QueryParam("item") String item, @QueryParam("before") String before,
            @QueryParam("limit") String limit, @Context UriInfo uri) {
        int size = QueryValues.limit(limit, 50, 200);
        return PageOf.respond(audit.page(QueryValues.id("item", item), QueryValues.id("before", before), size + 1), size, Audited::id, uri);
    }
}
