package org.symbiose.core.plugin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.symbiose.spi.content.ContentType;
import org.symbiose.spi.content.ItemListener;
import org.symbiose.spi.permission.PermissionDeclaration;
import org.symbiose.spi.rest.RestEndpoint;
import org.symbiose.spi.search.SearchContribution;
import org.symbiose.spi.setting.SettingsDeclaration;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.SiteContribution;
import org.symbiose.spi.upgrade.UpgradeStep;

/**
 * What a plugin adds to the server, in an administrator's words, read from the services its
 * bundle registers and the pages it carries: the one place that says what switching it off removes.
 */
final class PluginAdditions {

    private static final Map<String, String> POINTS = Map.of(
            ContentType.class.getName(), "content type",
            RestEndpoint.class.getName(), "REST endpoint",
            SiteContribution.class.getName(), "site contribution (menu, slots)",
            PageModel.class.getName(), "page model",
            ItemListener.class.getName(), "item listener",
            SearchContribution.class.getName(), "search contribution",
            PermissionDeclaration.class.getName(), "permission declaration",
            SettingsDeclaration.class.getName(), "settings declaration",
            UpgradeStep.class.getName(), "data upgrade step");

    private PluginAdditions() {
    }

    /** Lines such as {@code 2 × content type} or {@code 3 pages}; empty for a plugin not started. */
    static List<String> of(Bundle plugin) {
        Map<String, Integer> counts = new TreeMap<>();
        ServiceReference<?>[] services = plugin.getRegisteredServices();
        for (ServiceReference<?> service : services == null ? new ServiceReference<?>[0] : services) {
            for (String type : (String[]) service.getProperty(Constants.OBJECTCLASS)) {
                String point = POINTS.get(type);
                if (point != null) {
                    counts.merge(point, 1, Integer::sum);
                }
            }
        }
        List<String> additions = new ArrayList<>();
        counts.forEach((point, count) -> additions.add(count + " × " + point));
        int pages = plugin.getState() == Bundle.ACTIVE
                ? Collections.list(orEmpty(plugin.findEntries("/views", "*.xhtml", true))).size() : 0;
        if (pages > 0) {
            additions.add(pages + " × page or fragment");
        }
        return additions;
    }

    private static <T> Enumeration<T> orEmpty(Enumeration<T> entries) {
        return entries == null ? Collections.emptyEnumeration() : entries;
    }
}
