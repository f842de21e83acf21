package ${package};

import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.symbiose.spi.site.MenuLink;
import org.symbiose.spi.site.SiteContribution;

/** A link to the plugin's page (src/main/resources/views/index.xhtml, at /p/${pluginId}/index.xhtml). */
@Component(service = SiteContribution.class)
public class PluginSite implements SiteContribution {

    @Override
    public List<MenuLink> menu(Locale locale) {
        return List.of(new MenuLink("${pluginId}", "index.xhtml"));
    }
}
