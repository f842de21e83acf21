package org.symbiose.web.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.core.plugin.PluginHost;
import org.symbiose.spi.rest.RestEndpoint;

/**
 * Serves plugins' REST endpoints under {@code /api/v1/<plugin-id>/}. A sub-resource locator
 * returns the plugin's current service object on every request, so an updated or removed plugin
 * is followed at once, with no reload of the API. The core's own paths are literal and win over
 * this template.
 */
@Path("/")
@RequestScoped
public class PluginEndpoints {

    @Inject
    private PluginHost host;

    @Path("{plugin: [a-z][a-z0-9-]*}")
    @PermitAll
    public RestEndpoint plugin(@PathParam("plugin") String plugin) {
        return host.contributions().endpoint(plugin).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "No active plugin is called " + plugin));
    }
}
