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
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.core.audit.AuditTrail;
import org.symbiose.core.audit.Audited;
import org.symbiose.web.rest.PageOf;
import org.symbiose.web.rest.QueryValues;

/** The audit log, for moderators: who did what, on what, when and why; searchable and exportable. */
@Path("moderation/audit")
@RequestScoped
@RolesAllowed("moderator")
public class AuditResource {

    private static final int EXPORT_BATCH = 1000;
    private static final int EXPORT_MAX = 100_000;

    @Inject
    private AuditTrail audit;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Audit entries, newest first, filtered by item, actor, action prefix and days from/to (yyyy-mm-dd,"
            + " UTC, both included), with a next link")
    public Response list(@QueryParam("item") String item, @QueryParam("actor") String actor,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("before") String before, @QueryParam("limit") String limit, @Context UriInfo uri) {
        int size = QueryValues.limit(limit, 50, 200);
        return PageOf.respond(audit.page(filter(item, actor, action, from, to), QueryValues.id("before", before), size + 1),
                size,
                Audited::id, uri);
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "The same entries as CSV (RFC 4180), newest first, at most 100,000")
    public Response export(@QueryParam("item") String item, @QueryParam("actor") String actor,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to) {
        AuditTrail.Filter filter = filter(item, actor, action, from, to);
        StreamingOutput csv = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write("id,at,actor,plugin,action,item,reason,before,after\r\n");
            Long before = null;
            int written = 0;
            List<Audited> batch;
            do {
                batch = audit.page(filter, before, EXPORT_BATCH);
                for (Audited entry : batch) {
                    writer.write(String.join(",", String.valueOf(entry.id()), entry.at().toString(),
                            String.valueOf(entry.actorId()), cell(entry.plugin()), cell(entry.action()),
                            entry.itemId() == null ? "" : entry.itemId().toString(), cell(entry.reason()),
                            cell(entry.before()), cell(entry.after())) + "\r\n");
                    before = entry.id();
                }
                written += batch.size();
            } while (batch.size() == EXPORT_BATCH && written < EXPORT_MAX);
            writer.flush();
        };
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"audit.csv\"").build();
    }

    private static AuditTrail.Filter filter(String item, String actor, String action, String from, String to) {
        LocalDate first = QueryValues.date("from", from);
        LocalDate last = QueryValues.date("to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw QueryValues.invalid("from", "must not be after to");
        }
        return new AuditTrail.Filter(QueryValues.id("item", item), QueryValues.id("actor", actor),
                action == null || action.isBlank() ? null : action.strip(),
                first == null ? null : first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** A CSV field: quoted when it holds a comma, a quote or a line break; a leading =+-@ is defused for spreadsheets. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return safe.matches("(?s).*[,\"\\r\\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
