package org.symbiose.plugins.ideas.site;

import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.symbiose.plugins.ideas.IdeasTexts;
import org.symbiose.spi.site.MenuLink;
import org.symbiose.spi.site.SiteContribution;

/** "Ideas" in the site's navigation, leading to the list of suggestion boxes. */
@Component(service = SiteContribution.class)
public class IdeasSite implements SiteContribution {

    @Override
    public List<MenuLink> menu(Locale locale) {
        return List.of(new MenuLink(IdeasTexts.say(locale, "ideas.site.title"), "index.xhtml"));
    }
}
