package org.symbiose.web.site.plugin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.symbiose.core.plugin.PluginHost;
import org.symbiose.spi.site.MenuLink;
import org.symbiose.spi.site.SiteContribution;
import org.symbiose.web.site.LanguageChoice;

/**
 * What plugins add to the page being rendered, for the theme's template: navigation links and
 * the fragments of each named slot. A plugin that fails here is left out of this page, not the
 * page out of the site.
 */
@Named("pluginSite")
@RequestScoped
public class PluginSite {

    /** A navigation link, with the address the browser follows (a class: EL 5 reads getters, not records). */
    public static final class Link {
        private final String label;
        private final String url;

        Link(String label, String url) {
            this.label = label;
            this.url = url;
        }

        public String getLabel() {
            return label;
        }

        public String getUrl() {
            return url;
        }
    }

    @Inject
    private PluginHost host;

    @Inject
    private LanguageChoice language;

    @Inject
    private HttpServletRequest request;

    private Map<String, SiteContribution> contributions;

    public List<Link> getMenu() {
        List<Link> links = new ArrayList<>();
        contributions().forEach((plugin, contribution) -> {
            try {
                for (MenuLink link : contribution.menu(language.getLocale())) {
                    links.add(new Link(link.label(), request.getContextPath() + "/p/" + plugin + "/" + link.view()));
                }
            } catch (RuntimeException e) {
                host.failed(plugin, "its menu failed: " + e);
            }
        });
        return links;
    }

    /** The view ids of the fragments plugins put in {@code slot}. */
    public List<String> slot(String slot) {
        List<String> views = new ArrayList<>();
        contributions().forEach((plugin, contribution) -> {
            try {
                String view = contribution.slots().get(slot);
                if (view != null && host.view(plugin, view).isPresent()) {
                    views.add("/p/" + plugin + "/" + view);
                }
            } catch (RuntimeException e) {
                host.failed(plugin, "its slots failed: " + e);
            }
        });
        return views;
    }

    private Map<String, SiteContribution> contributions() {
        if (contributions == null) {
            contributions = host.contributions().siteContributions();
        }
        return contributions;
    }
}
