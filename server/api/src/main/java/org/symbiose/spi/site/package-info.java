/**
 * What plugins add to the site: pages, navigation links and fragments in the theme's slots.
 *
 * <p>Pages need no code: every {@code /views/<name>.xhtml} in an enabled plugin's bundle is served
 * at {@code /p/<plugin-id>/<name>.xhtml}. A page uses the site layout with
 * {@code <ui:composition template="/template.xhtml">} and fills its slots (see the theme).
 */
@Version("1.0.0")
package org.symbiose.spi.site;

import org.osgi.annotation.versioning.Version;
