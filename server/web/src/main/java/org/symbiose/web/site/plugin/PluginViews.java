package org.symbiose.web.site.plugin;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.net.URL;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symbiose.core.plugin.PluginHost;

/**
 * Serves plugins' Facelets from their bundles: {@code /p/<plugin-id>/<path>} is the entry
 * {@code /views/<path>} of that plugin's bundle, rendered like the site's own pages (same
 * template, components and messages).
 */
public class PluginViews extends ResourceHandlerWrapper {

    private static final Pattern PLUGIN_VIEW = Pattern.compile("/p/([a-z][a-z0-9-]{0,39})/(.+\\.xhtml)");

    public PluginViews(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        Matcher view = PLUGIN_VIEW.matcher(resourceName);
        if (!view.matches()) {
            return super.createViewResource(context, resourceName);
        }
        // faces-config creates this handler, outside CDI: it looks the host up
        Optional<URL> entry = CDI.current().select(PluginHost.class).get().view(view.group(1), view.group(2));
        return entry.map(url -> new ViewResource() {
            @Override
            public URL getURL() {
                return url;
            }
        }).orElse(null);
    }
}
