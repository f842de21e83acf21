package org.symbiose.plugins.faq.site;

import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.symbiose.spi.site.MenuLink;
import org.symbiose.spi.site.SiteContribution;

/** "FAQ" in the site's navigation, leading to the FAQ's home. */
@Component(service = SiteContribution.class)
public class FaqSite implements SiteContribution {

    @Override
    public List<MenuLink> menu(Locale locale) {
        // the same word in French and English
        return List.of(new MenuLink("FAQ", "index.xhtml"));
    }
}
