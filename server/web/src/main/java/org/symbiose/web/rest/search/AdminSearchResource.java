package org.symbiose.web.rest.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.core.search.RebuildProgress;
import org.symbiose.core.search.SearchIndexer;

/** Administrators watching the search index and rebuilding it from the database. */
@Path("admin/search")
@RequestScoped
@RolesAllowed("administrator")
@Produces(MediaType.APPLICATION_JSON)
public class AdminSearchResource {

    @Inject
    private SearchIndexer indexer;

    /**
     * The index's state.
     *
     * @param indexed items in the index
     * @param backlog changes written and not in this node's index yet
     * @param rebuild the last rebuild's progress
     */
    public record IndexState(int indexed, long backlog, RebuildProgress rebuild) {
    }

    @GET
    @Operation(summary = "How many items are indexed, how many changes wait, and the last rebuild's progress")
    public IndexState state() throws IOException {
        return new IndexState(indexer.index().size(), indexer.backlog(), indexer.rebuildProgress());
    }

    @POST
    @Path("rebuild")
    @Operation(summary = "Index every item again, in the background; 409 if a rebuild is running")
    public Response rebuild() throws IOException {
        if (!indexer.rebuild()) {
            throw new ProblemException(ProblemType.CONFLICT, "A rebuild is already running");
        }
        return Response.accepted(state()).build();
    }
}
