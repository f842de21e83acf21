package org.symbiose.web.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.core.platform.Readiness;
import org.symbiose.core.search.IndexHealth;
import org.symbiose.core.search.SearchIndexer;
import org.symbiose.web.rest.problem.Problem;

/**
 * Answers 200 once Symbiose can serve, 503 before: what start scripts and load balancers wait on; with how
 * this node's search index keeps up with the change feed.
 */
@Path("health")
@RequestScoped
public class HealthResource {

    /**
     * The body of a ready answer.
     *
     * @param status UP
     * @param index  this node's search index: following, replaying or rebuilding, and its lag
     */
    public record Status(String status, IndexHealth index) {
    }

    @Inject
    private Readiness readiness;

    @Inject
    private SearchIndexer indexer;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether Symbiose is ready to serve")
    public Response health() {
        if (readiness.isReady()) {
            return Response.ok(new Status("UP", indexer.health())).build();
        }
        return Problem.of(ProblemType.UNAVAILABLE, readiness.problem()).response();
    }
}
