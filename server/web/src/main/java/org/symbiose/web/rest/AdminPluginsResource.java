package org.symbiose.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.core.plugin.PluginHost;
import org.symbiose.core.plugin.PluginInfo;

/** What plugins are installed, and why one that is not active is not. */
@Path("admin/plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminPluginsResource {

    @Inject
    private PluginHost host;

    @GET
    @RolesAllowed("administrator")
    @Operation(summary = "Installed plugins: id, name, version, state, what they require, why they are not active")
    public List<PluginInfo> list() {
        return host.plugins();
    }
}
