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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.api.rest.Page;
import org.symbiose.core.audit.AuditCsv;
import org.symbiose.core.audit.AuditTrail;
import org.symbiose.core.audit.Audited;
import org.symbiose.web.rest.QueryValues;

/** The audit log, for moderators: who did what, on what, when and why; searchable and exportable. */
@Path("moderation/audit")
@RequestScoped
@RolesAllowed("moderator")
public class AuditResource {

    @Inject
    private AuditTrail audit;

    @Inject
    private AuditCsv auditCsv;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Audit entries, newest first, filtered by item, actor, action prefix and days from/to (yyyy-mm-dd,"
            + " UTC, both included), with a next link")
    public Response list(@QueryParam("item") String item, @QueryParam("actor") String actor,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("before") String before, @QueryParam("limit") String limit, @Context UriInfo uri) {
        int size = QueryValues.limit(limit, 50, 200);
        List<Audited> fetched = audit.page(filter(item, actor, action, from, to), QueryValues.id("before", before), size + 1);
        return Response.ok(Page.newestFirst(fetched, size, Audited::id, uri)).build();
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "The same entries as CSV (RFC 4180), newest first, at most 100,000")
    public Response export(@QueryParam("item") String item, @QueryParam("actor") String actor,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to) {
        AuditTrail.Filter filter = filter(item, actor, action, from, to);
        StreamingOutput csv = out -> auditCsv.write(filter, out);
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"audit.csv\"").build();
    }

    private static AuditTrail.Filter filter(String item, String actor, String action, String from, String to) {
        return AuditTrail.Filter.ofDays(QueryValues.id("item", item), QueryValues.id("actor", actor), action,
                QueryValues.date("from", from), QueryValues.date("to", to));
    }
}
