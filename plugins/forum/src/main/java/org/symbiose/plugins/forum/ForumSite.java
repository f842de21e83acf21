package org.symbiose.plugins.forum;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.symbiose.spi.site.MenuLink;
import org.symbiose.spi.site.SiteContribution;

/** "Forums" in the site's navigation, and the latest topics on the home page. */
@Component(service = SiteContribution.class)
public class ForumSite implements SiteContribution {

    @Override
    public List<MenuLink> menu(Locale locale) {
        return List.of(new MenuLink("Forums", "index.xhtml"));
    }

    @Override
    public Map<String, String> slots() {
        return Map.of("home", "home.xhtml");
    }
}
