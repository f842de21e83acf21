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
import org.symbiose.core.cluster.ClusterStatus;
import org.symbiose.core.cluster.DataGrid;
import org.symbiose.core.cluster.ThisNode;
import org.symbiose.core.platform.DatabaseStatus;
import org.symbiose.core.platform.Readiness;
import org.symbiose.web.rest.problem.Problem;

/**
 * Answers 200 once Symbiose can serve, 503 before or while its database is down: what start scripts
 * and load balancers wait on. The body says how this node stands in the cluster.
 */
@Path("health")
@RequestScoped
public class HealthResource {

    /**
     * The body of a ready answer.
     *
     * @param cluster whether this node joined the others, how many they are, its name
     * @param database "up" (a down database answers 503)
     */
    public record Status(String status, ClusterStatus cluster, String database) {
    }

    @Inject
    private Readiness readiness;

    @Inject
    private DatabaseStatus database;

    @Inject
    private DataGrid grid;

    @Inject
    private ThisNode node;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether Symbiose is ready to serve")
    public Response health() {
        if (!readiness.isReady()) {
            return Problem.of(ProblemType.UNAVAILABLE, readiness.problem()).response();
        }
        if (!database.up()) {
            return Problem.of(ProblemType.UNAVAILABLE, "The database does not answer").response();
        }
        return Response.ok(new Status("UP", ClusterStatus.of(grid, node), "up")).build();
    }
}
