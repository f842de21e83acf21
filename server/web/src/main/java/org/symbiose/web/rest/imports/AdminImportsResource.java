package org.symbiose.web.rest.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.api.rest.Versions;
import org.symbiose.core.imports.ImportProgress;
import org.symbiose.core.imports.Imports;

/** Administrators moving a community from another forum: an NDJSON file of items, imported in the background. */
@Path("admin/imports")
@RequestScoped
@RolesAllowed("administrator")
@Produces(MediaType.APPLICATION_JSON)
public class AdminImportsResource {

    static final String NDJSON = "application/x-ndjson";
    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    @Inject
    private Imports imports;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(NDJSON)
    @Operation(summary = "Import an NDJSON file, one item a line; 202 with the job, whose progress is at its Location."
            + " Lines whose id this source already imported are skipped, so running a file again resumes it;"
            + " 409 while an import of the same source runs")
    public Response start(@QueryParam("source") String source, InputStream body) throws IOException, SQLException {
        if (source == null || !SOURCE.matcher(source).matches()) {
            throw new ProblemException(ProblemType.VALIDATION, "source",
                    "Name the source forum in 1 to 100 letters, digits, '.', '_' or '-': its ids are remembered under it");
        }
        ImportProgress started = imports.start(source, body).orElseThrow(() -> new ProblemException(
                ProblemType.CONFLICT, "An import of " + source + " is running; run this one when it is done"));
        return Response.accepted(started).location(uri.getAbsolutePathBuilder().path(Long.toString(started.id())).build())
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An import's progress: lines read, items written and skipped, errors by line, rate, state, indexed")
    public Response progress(@PathParam("id") long id, @Context Request request) throws SQLException {
        ImportProgress progress = imports.progress(id).orElseThrow(NotFoundException::new);
        // a client polling a finished import gets 304s
        return Versions.read(request, Versions.tagOf(progress), () -> progress);
    }
}
