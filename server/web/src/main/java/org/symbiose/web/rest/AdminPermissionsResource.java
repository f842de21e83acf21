package org.symbiose.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.api.member.Role;
import org.symbiose.api.rest.Page;
import org.symbiose.core.plugin.DeclaredPermission;
import org.symbiose.core.plugin.PluginPermissions;

/** Administrators granting plugins' permissions to roles. */
@Path("admin/permissions")
@RequestScoped
@RolesAllowed("administrator")
@Produces(MediaType.APPLICATION_JSON)
public class AdminPermissionsResource {

    @Inject
    private PluginPermissions permissions;

    /** The body of a grant: the least role that holds the permission. */
    public static class Grant {
        @NotNull
        public Role grantedTo;
    }

    @GET
    @Operation(summary = "The permissions plugins declare, and the least role that holds each")
    public Page<DeclaredPermission> list() {
        return Page.of(permissions.declared());
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant a permission to a role and every role above it")
    public DeclaredPermission grant(@PathParam("key") String key, @NotNull @Valid Grant body) {
        return permissions.grant(key, body.grantedTo);
    }
}
