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
import org.symbiose.api.rest.Page;
import org.symbiose.core.plugin.DeclaredSetting;
import org.symbiose.core.plugin.PluginSettings;

/** Administrators changing plugins' settings. */
@Path("admin/settings")
@RequestScoped
@RolesAllowed("administrator")
@Produces(MediaType.APPLICATION_JSON)
public class AdminSettingsResource {

    @Inject
    private PluginSettings settings;

    /** The body of a change. */
    public static class Change {
        @NotNull
        public String value;
    }

    @GET
    @Operation(summary = "The settings plugins declare, with their defaults, patterns and current values")
    public Page<DeclaredSetting> list() {
        return Page.of(settings.declared());
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a setting; the value must match the setting's pattern")
    public DeclaredSetting change(@PathParam("key") String key, @NotNull @Valid Change body) {
        return settings.change(key, body.value);
    }
}
