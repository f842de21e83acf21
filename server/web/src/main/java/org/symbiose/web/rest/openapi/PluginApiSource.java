package org.symbiose.web.rest.openapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.symbiose.core.plugin.PluginHost;
import org.symbiose.spi.rest.RestEndpoint;

/** Hands the plugin host's endpoints to the OpenAPI document when the application starts. */
@ApplicationScoped
public class PluginApiSource {

    /** The plugins' endpoints as the document needs them. */
    interface Endpoints {

        /** The active, enabled plugins' endpoints, by plugin id. */
        Map<String, RestEndpoint> active();

        /** Whether the plugins present at start have all started or failed. */
        boolean settled();
    }

    void publish(@Observes @Initialized(ApplicationScoped.class) Object started, PluginHost host) {
        PluginApiDocument.publish(new Endpoints() {
            @Override
            public Map<String, RestEndpoint> active() {
                return host.contributions().endpoints();
            }

            @Override
            public boolean settled() {
                return host.settled();
            }
        });
    }
}
