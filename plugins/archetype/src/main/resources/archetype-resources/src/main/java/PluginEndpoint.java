package ${package};

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
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

    /** Members only; the principal's name is the member id. */
    @GET
    @Path("me")
    @RolesAllowed("member")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> me(@Context SecurityContext security) {
        return Map.of("member", security.getUserPrincipal().getName());
    }
}
