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
     * {@code header-extra}, {@code footer-extra}) to a view of the bundle relative to
     * {@code /views/}, e.g. {@code "sidebar" -> "sidebar.xhtml"}. A fragment is a
     * {@code <ui:composition>} without template.
     */
    default Map<String, String> slots() {
        return Map.of();
    }
}
