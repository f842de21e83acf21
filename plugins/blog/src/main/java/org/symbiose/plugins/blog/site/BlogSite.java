package org.symbiose.plugins.blog.site;

import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.symbiose.spi.site.MenuLink;
import org.symbiose.spi.site.SiteContribution;

/** "Blogs" in the site's navigation, leading to the blog directory. */
@Component(service = SiteContribution.class)
public class BlogSite implements SiteContribution {

    @Override
    public List<MenuLink> menu(Locale locale) {
        return List.of(new MenuLink("Blogs", "index.xhtml"));
    }
}
