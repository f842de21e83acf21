package org.symbiose.core.plugin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Says in plain words why a plugin does not resolve, without trying to start it: which of its
 * package imports nothing in the framework offers, telling apart a server internal (never
 * offered to plugins) from an API version this server does not have.
 */
final class PluginDiagnosis {

    private static final String PLUGIN_API = "org.symbiose.api";
    private static final String PLUGIN_SPI = "org.symbiose.spi";

    private PluginDiagnosis() {
    }

    static PluginInfo of(Bundle plugin, Bundle[] all, Optional<String> refusal, boolean enabled, String lastError,
            int dataVersion) {
        BundleRevision revision = plugin.adapt(BundleRevision.class);
        List<BundleRequirement> imports = revision == null ? List.of()
                : revision.getDeclaredRequirements(BundleRevision.PACKAGE_NAMESPACE);
        List<String> problems = new ArrayList<>();
        refusal.ifPresent(problems::add);
        if (plugin.getState() == Bundle.INSTALLED && refusal.isEmpty()) {
            List<BundleCapability> offered = Arrays.stream(all)
                    .filter(b -> b.getBundleId() != plugin.getBundleId())
                    .map(b -> b.adapt(BundleWiring.class))
                    .filter(w -> w != null)
                    .flatMap(w -> w.getCapabilities(BundleRevision.PACKAGE_NAMESPACE).stream())
                    .toList();
            for (BundleRequirement requirement : imports) {
                if (!optional(requirement) && offered.stream().noneMatch(requirement::matches)) {
                    problems.add(explain(requirement, offered));
                }
            }
        }
        return new PluginInfo(plugin.getSymbolicName(), plugin.getHeaders().get("Bundle-Name"),
                plugin.getVersion().toString(), state(plugin.getState()), enabled,
                imports.stream().map(PluginDiagnosis::filter).toList(), problems, lastError, dataVersion,
                PluginAdditions.of(plugin), List.of());
    }

    private static String explain(BundleRequirement requirement, List<BundleCapability> offered) {
        String pkg = packageOf(requirement);
        List<String> versions = offered.stream()
                .filter(c -> pkg.equals(c.getAttributes().get(BundleRevision.PACKAGE_NAMESPACE)))
                .map(c -> String.valueOf(c.getAttributes().get("version")))
                .toList();
        if (pkg.startsWith("org.symbiose.") && !pkg.startsWith(PLUGIN_API) && !pkg.startsWith(PLUGIN_SPI)) {
            return "Imports " + pkg + ", a server internal that plugins cannot use: only org.symbiose.api.* and "
                    + "org.symbiose.spi.* are offered";
        }
        if (!versions.isEmpty()) {
            return "Needs " + filter(requirement) + " but this server offers " + pkg + " " + String.join(", ", versions)
                    + ": the plugin was built for another major version of the API";
        }
        return "Needs " + filter(requirement) + ", which nothing in this server offers";
    }

    private static boolean optional(BundleRequirement requirement) {
        return "optional".equals(requirement.getDirectives().get("resolution"));
    }

    private static String packageOf(BundleRequirement requirement) {
        String filter = filter(requirement);
        int start = filter.indexOf(BundleRevision.PACKAGE_NAMESPACE + "=");
        if (start < 0) {
            return filter;
        }
        start += BundleRevision.PACKAGE_NAMESPACE.length() + 1;
        int end = filter.indexOf(')', start);
        return filter.substring(start, end < 0 ? filter.length() : end);
    }

    private static String filter(BundleRequirement requirement) {
        return requirement.getDirectives().getOrDefault("filter", requirement.toString());
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            default -> "INSTALLED";
        };
    }
}
