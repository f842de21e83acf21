package org.symbiose.core.plugin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
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
 * What enabled plugins contribute, collected from the service registry (the whiteboard): one
 * tracker per contribution point, read at each use so a plugin's arrival, update, removal or
 * disabling shows at once. A contribution that fails while being read is recorded against its
 * plugin and left out.
 */
public final class PluginContributions {

    private final Predicate<String> enabled;
    private final BiConsumer<String, String> failed;
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();
    private final ServiceTracker<RestEndpoint, RestEndpoint> endpoints;
    private final ServiceTracker<ItemListener, ItemListener> listeners;
    private final ServiceTracker<SiteContribution, SiteContribution> site;
    private final ServiceTracker<PermissionDeclaration, PermissionDeclaration> permissionDeclarations;
    private final ServiceTracker<SettingsDeclaration, SettingsDeclaration> settingsDeclarations;
    private final ServiceTracker<UpgradeStep, UpgradeStep> upgradeSteps;
    private final ServiceTracker<ContentType, ContentType> types;
    private final ServiceTracker<SearchContribution, SearchContribution> searchContributions;
    private final ServiceTracker<PageModel, PageModel> pageModels;

    /**
     * @param context the framework's, or {@code null} for a host that could not start: then
     *                nothing is contributed
     * @param enabled whether a plugin id is enabled
     * @param failed  records a plugin's failure (plugin id, what happened)
     */
    PluginContributions(BundleContext context, Predicate<String> enabled, BiConsumer<String, String> failed) {
        this.enabled = enabled;
        this.failed = failed;
        endpoints = track(context, RestEndpoint.class);
        listeners = track(context, ItemListener.class);
        site = track(context, SiteContribution.class);
        permissionDeclarations = track(context, PermissionDeclaration.class);
        settingsDeclarations = track(context, SettingsDeclaration.class);
        upgradeSteps = track(context, UpgradeStep.class);
        types = track(context, ContentType.class);
        searchContributions = track(context, SearchContribution.class);
        pageModels = track(context, PageModel.class);
    }

    /** A plugin's upgrade steps, by version. */
    List<UpgradeStep> upgradeSteps(String plugin) {
        List<UpgradeStep> steps = new ArrayList<>();
        ServiceReference<UpgradeStep>[] references = upgradeSteps == null ? null : upgradeSteps.getServiceReferences();
        if (references != null) {
            for (ServiceReference<UpgradeStep> reference : references) {
                if (reference.getBundle() != null && plugin.equals(reference.getBundle().getSymbolicName())) {
                    steps.add(upgradeSteps.getService(reference));
                }
            }
        }
        steps.sort(Comparator.comparingInt(UpgradeStep::version));
        return steps;
    }

    void close() {
        trackers.forEach(ServiceTracker::close);
    }

    /** The REST endpoint of the active, enabled plugin with this id (its bundle's symbolic name). */
    public Optional<RestEndpoint> endpoint(String pluginId) {
        return Optional.ofNullable(contributions(endpoints).get(pluginId));
    }

    /** The REST endpoints of active, enabled plugins, by plugin id. */
    public Map<String, RestEndpoint> endpoints() {
        return contributions(endpoints);
    }

    /** The item listeners of active, enabled plugins, by plugin id. */
    public Map<String, ItemListener> itemListeners() {
        return contributions(listeners);
    }

    /** The permissions enabled plugins declare, by plugin id. */
    public Map<String, PermissionDeclaration> permissionDeclarations() {
        return contributions(permissionDeclarations);
    }

    /**
     * A contribution about one content type, and the plugin that makes it.
     *
     * @param plugin       the contributing plugin's id
     * @param contribution what it contributes
     */
    public record Defined<T>(String plugin, T contribution) {
    }

    /**
     * The content types of active, enabled plugins, by type key; a type outside its plugin's
     * name space is ignored and recorded.
     */
    public Map<String, Defined<ContentType>> contentTypes() {
        return byType(types, ContentType::key, "content type");
    }

    /** How enabled plugins' types are searched, by type key; same name space rule as types. */
    public Map<String, Defined<SearchContribution>> searchContributions() {
        return byType(searchContributions, SearchContribution::type, "search contribution");
    }

    private <T> Map<String, Defined<T>> byType(ServiceTracker<T, T> tracker, Function<T, String> keyOf, String what) {
        ServiceReference<T>[] references = tracker == null ? null : tracker.getServiceReferences();
        Map<String, Defined<T>> byKey = new TreeMap<>();
        if (references == null) {
            return byKey;
        }
        for (ServiceReference<T> reference : references) {
            String plugin = reference.getBundle() == null ? null : reference.getBundle().getSymbolicName();
            T contribution = plugin == null || !enabled.test(plugin) ? null : tracker.getService(reference);
            if (contribution == null) {
                continue;
            }
            try {
                String key = keyOf.apply(contribution);
                if (key.startsWith(plugin + ".")) {
                    byKey.putIfAbsent(key, new Defined<>(plugin, contribution));
                } else {
                    failed.accept(plugin, "has a " + what + " for " + key + ", outside its name space " + plugin + ".*");
                }
            } catch (RuntimeException e) {
                failed.accept(plugin, "its " + what + " failed: " + e);
            }
        }
        return byKey;
    }

    /** The settings enabled plugins declare, by plugin id. */
    public Map<String, SettingsDeclaration> settingsDeclarations() {
        return contributions(settingsDeclarations);
    }

    /** The page model {@code name} of an enabled plugin. */
    public Optional<PageModel> pageModel(String pluginId, String name) {
        ServiceReference<PageModel>[] references = pageModels == null ? null : pageModels.getServiceReferences();
        if (references == null || !enabled.test(pluginId)) {
            return Optional.empty();
        }
        for (ServiceReference<PageModel> reference : references) {
            if (reference.getBundle() != null && pluginId.equals(reference.getBundle().getSymbolicName())) {
                PageModel model = pageModels.getService(reference);
                try {
                    if (model != null && name.equals(model.name())) {
                        return Optional.of(model);
                    }
                } catch (RuntimeException e) {
                    failed.accept(pluginId, "its page model failed to say its name: " + e);
                }
            }
        }
        return Optional.empty();
    }

    /** What enabled plugins add to the site's pages, by plugin id. */
    public Map<String, SiteContribution> siteContributions() {
        return contributions(site);
    }


    /** One service per enabled plugin: what a plugin contributes of one kind. */
    private <T> Map<String, T> contributions(ServiceTracker<T, T> tracker) {
        ServiceReference<T>[] references = tracker == null ? null : tracker.getServiceReferences();
        if (references == null) {
            return Map.of();
        }
        Map<String, T> byPlugin = new TreeMap<>();
        for (ServiceReference<T> reference : references) {
            String plugin = reference.getBundle() == null ? null : reference.getBundle().getSymbolicName();
            T service = plugin == null || !enabled.test(plugin) ? null : tracker.getService(reference);
            if (service != null) {
                byPlugin.putIfAbsent(plugin, service);
            }
        }
        return byPlugin;
    }

    private <T> ServiceTracker<T, T> track(BundleContext context, Class<T> type) {
        if (context == null) {
            return null;
        }
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        trackers.add(tracker);
        return tracker;
    }
}
