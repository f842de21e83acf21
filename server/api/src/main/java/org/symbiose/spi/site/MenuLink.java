package org.symbiose.spi.site;

import java.util.Objects;

/**
 * A link a plugin adds to the site's navigation.
 *
 * @param label what the visitor reads, in their language
 * @param view  the plugin page it opens, relative to the bundle's {@code /views/}, e.g. {@code index.xhtml}
 */
public record MenuLink(String label, String view) {
    public MenuLink {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(view, "view");
    }
}
