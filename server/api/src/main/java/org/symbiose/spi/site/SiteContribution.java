package org.symbiose.spi.site;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a plugin adds to every page of the site. Register one implementation per plugin as an
 * OSGi service; override only what you need.
 */
@ConsumerType
public interface SiteContribution {

    /** Links for the site's navigation, labelled in {@code locale} (fr or en). */
    default List<MenuLink> menu(Locale locale) {
        return List.of();
    }

    /**
     * Fragments of this plugin to show in the theme's named slots: slot name ({@code sidebar},
     * {@code header-extra}, {@code footer-extra}, or {@code home}: the site's home page, where
     * plugins show what is alive in the community) to a view of the bundle relative to
     * {@code /views/}, e.g. {@code "sidebar" -> "sidebar.xhtml"}. A fragment is a
     * {@code <ui:composition>} without template; its data comes from one of the plugin's
     * {@link PageModel}s through {@code #{pluginPage.fragment('<plugin-id>', '<name>')}}, which
     * is null when the model fails, so a failing plugin leaves its fragment empty, not the page
     * in error. Show only what the viewer may read.
     */
    default Map<String, String> slots() {
        return Map.of();
    }
}
