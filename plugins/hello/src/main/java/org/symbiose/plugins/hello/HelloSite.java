package org.symbiose.plugins.hello;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.symbiose.spi.site.MenuLink;
import org.symbiose.spi.site.SiteContribution;

/** A link to the plugin's page in the navigation, and a greeting in the sidebar. */
@Component(service = SiteContribution.class)
public class HelloSite implements SiteContribution {

    @Override
    public List<MenuLink> menu(Locale locale) {
        return List.of(new MenuLink("fr".equals(locale.getLanguage()) ? "Bonjour" : "Hello", "index.xhtml"));
    }

    @Override
    public Map<String, String> slots() {
        return Map.of("sidebar", "sidebar.xhtml");
    }
}
