/**
 * What plugins add to the site: pages, navigation links and fragments in the theme's slots.
 *
 * <p>Pages need no code: every {@code /views/<name>.xhtml} in an enabled plugin's bundle is served
 * at {@code /p/<plugin-id>/<name>.xhtml}. A page uses the site layout with
 * {@code <ui:composition template="/template.xhtml">} and fills its slots (see the theme); its
 * texts in French and English come from the bundle's {@code /i18n/messages_fr.properties} and
 * {@code /i18n/messages_en.properties} (UTF-8), as {@code #{pluginText.get('<plugin-id>', 'key')}}.
 */
@Version("1.4.0")
package org.symbiose.spi.site;

import org.osgi.annotation.versioning.Version;
