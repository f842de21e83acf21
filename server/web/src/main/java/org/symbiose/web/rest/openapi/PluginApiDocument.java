package org.symbiose.web.rest.openapi;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.symbiose.spi.rest.RestEndpoint;

/**
 * Adds the plugins' REST operations to the server's OpenAPI document ({@code /openapi}), each
 * under a tag named after its plugin. The server builds the document once, at its first request:
 * a plugin installed or removed later shows there after the next restart (the administration's
 * plugin list is always current).
 */
public class PluginApiDocument implements OASFilter {

    private static final Logger LOG = Logger.getLogger(PluginApiDocument.class.getName());
    private static final Duration SETTLE_WAIT = Duration.ofSeconds(20);

    // The server builds the document in its own /openapi application, outside any request of
    // Symbiose, where CDI cannot reach the plugin host: PluginApiSource hands it over at start.
    private static volatile PluginApiSource.Endpoints source;

    static void publish(PluginApiSource.Endpoints endpoints) {
        source = endpoints;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        PluginApiSource.Endpoints endpoints = source;
        if (endpoints == null) {
            LOG.warning("The OpenAPI document was built before the plugin host started: it shows no plugin operations");
            return;
        }
        awaitSettled(endpoints::settled);
        if (openAPI.getPaths() == null) {
            openAPI.paths(OASFactory.createPaths());
        }
        for (Map.Entry<String, RestEndpoint> plugin : endpoints.active().entrySet()) {
            PluginOperations.of(plugin.getKey(), plugin.getValue().getClass()).forEach(openAPI.getPaths()::addPathItem);
            Tag tag = OASFactory.createTag().name(plugin.getKey()).description("The " + plugin.getKey() + " plugin");
            openAPI.addTag(tag);
        }
    }

    /** Just after the start, plugins may still be on their way: their operations belong in the document. */
    private static void awaitSettled(Supplier<Boolean> settled) {
        Instant deadline = Instant.now().plus(SETTLE_WAIT);
        try {
            while (!settled.get() && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
