package org.symbiose.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.api.rest.Page;
import org.symbiose.core.plugin.PluginHost;
import org.symbiose.core.plugin.PluginInfo;

/** Administrators managing plugins: what is installed and why, upload, switch on and off, remove. */
@Path("admin/plugins")
@RequestScoped
@RolesAllowed("administrator")
@Produces(MediaType.APPLICATION_JSON)
public class AdminPluginsResource {

    /** The media type of a plugin upload. */
    public static final String JAR = "application/java-archive";

    @Inject
    private PluginHost host;

    /** The body of an enable or disable request. */
    public static class PluginSwitch {
        @NotNull
        public Boolean enabled;
    }

    @GET
    @Operation(summary = "Installed plugins: id, name, version, state, enabled, what they require, why they are not active")
    public Page<PluginInfo> list() {
        return Page.of(host.plugins());
    }

    @POST
    @Consumes({JAR, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Upload a plugin jar; it is installed (or replaces its earlier version) within seconds")
    public Response install(byte[] body, @Context UriInfo uri) {
        String id = host.install(body);
        return Response.accepted().location(uri.getAbsolutePathBuilder().path(id).build()).build();
    }

    @PUT
    @Path("{id}/enabled")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Switch a plugin on or off; a disabled plugin contributes nothing")
    public PluginInfo setEnabled(@PathParam("id") String id, @NotNull @Valid PluginSwitch body) {
        return host.setEnabled(id, body.enabled);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a plugin; its content stays in the store")
    public Response uninstall(@PathParam("id") String id) {
        host.uninstall(id);
        return Response.noContent().build();
    }
}
