package ${package};

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.symbiose.api.rest.Page;
import org.symbiose.spi.rest.RestEndpoint;

/** The plugin's REST API, served under /api/v1/${pluginId}/. */
@Component(service = RestEndpoint.class)
public class PluginEndpoint implements RestEndpoint {

    @GET
    @Path("hello")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> hello() {
        return Map.of("plugin", "${pluginId}", "message", "Hello from ${pluginId}");
    }

    /**
     * Every list of the API has one shape, {"items": [...], "next": "<url>"}: return a Page (with
     * Page.of(items, uriInfo, Page.BEFORE, cursor) when there is a next page). Refuse with a
     * ProblemException of one of the platform's ProblemTypes.
     */
    @GET
    @Path("languages")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Page<String> languages() {
        return Page.of(List.of("fr", "en"));
    }

    /** Members only; the principal's name is the member id. */
    @GET
    @Path("me")
    @RolesAllowed("member")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> me(@Context SecurityContext security) {
        return Map.of("member", security.getUserPrincipal().getName());
    }
}
