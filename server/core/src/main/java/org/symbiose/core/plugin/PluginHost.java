package org.symbiose.core.plugin;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.felix.framework.FrameworkFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.launch.Framework;
import org.symbiose.core.cache.RenderedPages;
import org.symbiose.core.cluster.ThisNode;
import org.symbiose.core.platform.SchemaMigrated;
import org.symbiose.spi.upgrade.UpgradeStep;

/**
 * Runs the embedded OSGi framework (Apache Felix) that hosts plugins, from deployment to
 * undeployment.
 *
 * <p>Plugins are the bundles in the plugins folder ({@code symbiose.plugins.dir}, by default
 * {@code plugins} in the data directory): Felix FileInstall installs a jar dropped there, updates
 * it when replaced and uninstalls it when deleted, without touching the framework or the other
 * plugins. The framework's cache is wiped at each start, so the folder is the one truth about
 * which plugins exist. The nodes of a cluster share the folder, so each installs what any of them
 * put there; which plugins are switched off is in the database, read again every
 * {@value #FOLLOW_SECONDS} seconds, and each node records there its plugins' states
 * ({@link ClusterPlugins}).
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
// Lookups from requests must not queue behind each other: the state they read is thread-safe.
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PluginHost {

    private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());

    /** Installed in this order at each start: Declarative Services needs the first three. */
    private static final List<String> BASE_BUNDLES = List.of("org.osgi.util.function", "org.osgi.util.promise",
            "org.osgi.service.component", "org.apache.felix.scr", "org.apache.felix.fileinstall");
    private static final String BASE_LOCATION = "symbiose:base/";
    private static final long STOP_WAIT_MILLIS = 10_000;
    private static final long START_GRACE_SECONDS = 3;
    private static final long UPGRADE_GATHER_SECONDS = 1;
    private static final long FOLLOW_SECONDS = 2;

    @Inject
    @ConfigProperty(name = "symbiose.data")
    private String data;

    @Inject
    @ConfigProperty(name = "symbiose.plugins.dir")
    private Optional<String> pluginsDir;

    @Resource(lookup = "java:app/jdbc/symbiose")
    private DataSource dataSource;

    @Inject
    private ThisNode node;

    @Inject
    private Clock clock;

    @Inject
    private PluginUpgrades upgrades;

    @Inject
    private CoreServices services;

    @Inject
    private RenderedPages pages;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private final Map<String, String> lastErrors = new ConcurrentHashMap<>();
    private volatile PluginContributions contributions = new PluginContributions(null, id -> false, (id, what) -> { });
    private Framework framework;
    private PluginFolder folder;
    private ClusterPlugins cluster;
    private ScheduledFuture<?> following;
    private final Set<String> upgradesDue = ConcurrentHashMap.newKeySet();
    private final ReservedIds reserved = new ReservedIds();

    /** Starts once the schema is migrated (at deployment the migration may still be running). */
    public void start(@Observes SchemaMigrated migrated) {
        try {
            Path dataDir = Path.of(data);
            folder = new PluginFolder(pluginsDir.map(String::strip).filter(dir -> !dir.isEmpty()).map(Path::of)
                    .orElseGet(() -> dataDir.resolve("plugins")));
            Path plugins = folder.path();
            cluster = new ClusterPlugins(dataSource, node.name(), clock);
            cluster.takeOver(dataDir.resolve("plugins-disabled.txt"));
            cluster.refresh();
            installBuiltins();
            framework = new FrameworkFactory().newFramework(Map.of(
                    Constants.FRAMEWORK_STORAGE, dataDir.resolve("felix-cache").toString(),
                    Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
                    Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SystemPackages.exported(),
                    // the server owns the JVM's shutdown: undeployment stops the framework
                    "felix.shutdown.hook", "false",
                    "felix.fileinstall.dir", plugins.toString(),
                    "felix.fileinstall.filter", PluginFolder.JARS,
                    "felix.fileinstall.poll", "1000",
                    "felix.fileinstall.noInitialDelay", "true",
                    "felix.fileinstall.log.level", "2"));
            framework.start();
            BundleContext context = framework.getBundleContext();
            // the core's services, offered to plugins through the service registry
            services.offerTo(context, this::served);
            contributions = new PluginContributions(context, this::served, this::failed);
            // a plugin registers its steps one by one: run them once they have all arrived
            context.addServiceListener(event -> {
                String plugin = event.getServiceReference().getBundle().getSymbolicName();
                if (event.getType() == ServiceEvent.REGISTERED && plugin != null && upgradesDue.add(plugin)) {
                    scheduler.schedule(() -> upgrade(plugin), UPGRADE_GATHER_SECONDS, TimeUnit.SECONDS);
                }
            }, "(" + Constants.OBJECTCLASS + "=" + UpgradeStep.class.getName() + ")");
            for (Bundle bundle : installBase(context)) {
                bundle.start();
            }
            context.addBundleListener(event -> {
                if (event.getType() == BundleEvent.RESOLVED && !event.getBundle().getLocation().startsWith(BASE_LOCATION)) {
                    scheduler.schedule(() -> explainIfNotStarted(event.getBundle()), START_GRACE_SECONDS, TimeUnit.SECONDS);
                }
            });
            following = scheduler.scheduleWithFixedDelay(this::follow, FOLLOW_SECONDS, FOLLOW_SECONDS, TimeUnit.SECONDS);
            LOG.info(() -> "Plugin host started; plugins folder " + plugins);
        } catch (IOException | SQLException | BundleException | InvalidSyntaxException | RuntimeException e) {
            // Symbiose serves without plugins rather than not at all.
            LOG.log(Level.SEVERE, "The plugin host could not start", e);
        }
    }

    /**
     * Takes up what the other nodes changed (plugins switched on or off) and records this node's
     * plugins' states for them.
     */
    private void follow() {
        try {
            cluster.refresh();
            cluster.record(local());
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "The plugins' cluster state was not followed", e);
        }
    }

    /** A built-in plugin that cannot be copied leaves the others and the host running. */
    private void installBuiltins() {
        try {
            new BuiltinPlugins(PluginHost.class.getClassLoader()).installInto(folder);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The built-in plugins could not be installed", e);
        }
    }

    /**
     * Runs a plugin's pending upgrade steps in order, each once in the cluster (nodes sharing the
     * folder start the same plugin at once; {@link PluginUpgrades} lets one run each step); stops
     * at the first that fails.
     */
    private void upgrade(String plugin) {
        upgradesDue.remove(plugin);
        for (UpgradeStep step : contributions.upgradeSteps(plugin)) {
            if (step.version() <= upgrades.version(plugin)) {
                continue;
            }
            try {
                upgrades.track(plugin);
                upgrades.apply(plugin, step);
            } catch (RuntimeException e) {
                Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
                failed(plugin, "upgrade to version " + step.version() + " (" + step.description() + ") failed: " + cause);
                LOG.log(Level.WARNING, "Plugin " + plugin + " upgrade to version " + step.version() + " failed", cause);
                return;
            }
        }
    }

    /**
     * A plugin still only resolved a while after installation failed to start (its activator threw,
     * for instance): the watcher logs that, but administrators should see it next to the plugin.
     * Starting it again gives the reason.
     */
    private void explainIfNotStarted(Bundle bundle) {
        String id = bundle.getSymbolicName();
        boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
        if (id == null || fragment || bundle.getState() != Bundle.RESOLVED || !cluster.enabled(id)) {
            return;
        }
        try {
            bundle.start(Bundle.START_TRANSIENT);
        } catch (BundleException | RuntimeException e) {
            failed(id, "could not start: " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
        }
    }

    private static List<Bundle> installBase(BundleContext context) throws BundleException {
        List<Bundle> installed = new ArrayList<>();
        for (String name : BASE_BUNDLES) {
            try (InputStream jar = PluginHost.class.getResourceAsStream("/symbiose-bundles/" + name + ".jar")) {
                if (jar == null) {
                    throw new IllegalStateException("The core jar lacks the base bundle " + name);
                }
                installed.add(context.installBundle(BASE_LOCATION + name, jar));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return installed;
    }

    @PreDestroy
    void stop() {
        if (framework == null) {
            return;
        }
        try {
            if (following != null) {
                following.cancel(false);
            }
            contributions.close();
            framework.stop();
            framework.waitForStop(STOP_WAIT_MILLIS);
        } catch (BundleException e) {
            LOG.log(Level.WARNING, "The plugin host did not stop cleanly", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The installed plugins, whatever their state, with the reasons a plugin does not resolve and
     * their state on each node of the cluster.
     */
    public List<PluginInfo> plugins() {
        if (framework == null) {
            return List.of();
        }
        List<PluginInfo> local = local();
        try {
            Map<String, List<PluginNodeState>> states = cluster.states();
            return local.stream().map(p -> p.onNodes(states.getOrDefault(p.id(), List.of()))).toList();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The plugins' states on the other nodes were not read", e);
            return local;
        }
    }

    /** The plugins installed on this node, without their state on the others. */
    private List<PluginInfo> local() {
        if (framework == null) {
            return List.of();
        }
        Bundle[] all = framework.getBundleContext().getBundles();
        return Arrays.stream(all)
                .filter(b -> b.getBundleId() != 0 && !b.getLocation().startsWith(BASE_LOCATION))
                .map(b -> PluginDiagnosis.of(b, all, reserved.refusal(b.getSymbolicName()), cluster.enabled(b.getSymbolicName()),
                        b.getSymbolicName() == null ? null : lastErrors.get(b.getSymbolicName()),
                        b.getSymbolicName() == null ? 0 : upgrades.version(b.getSymbolicName())))
                .toList();
    }

    /**
     * Whether the folder watcher has installed every jar of the plugins folder and each plugin has
     * started, been switched off, or shown why it cannot start. The watcher works on its own
     * thread, so just after the server starts its plugins may still be on their way.
     */
    public boolean settled() {
        if (framework == null) {
            return true;
        }
        List<PluginInfo> installed = local();
        return installed.size() >= folder.jars() && installed.stream().allMatch(p -> "ACTIVE".equals(p.state())
                || !p.enabled() || !p.problems().isEmpty() || p.lastError() != null);
    }

    /**
     * Switches a plugin on or off, on every node: this one at once, the others within
     * {@value #FOLLOW_SECONDS} seconds. A disabled plugin stays installed but contributes
     * nothing: the host no longer serves or calls anything of it.
     */
    public PluginInfo setEnabled(String id, boolean enabled) {
        bundle(id);
        try {
            cluster.setEnabled(id, enabled);
            cluster.record(local());
        } catch (SQLException e) {
            throw new IllegalStateException("Plugin " + id + " was not switched " + (enabled ? "on" : "off"), e);
        }
        // the menus and pages of every kept page may change
        pages.clear();
        return plugins().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() -> PluginException.unknown(id));
    }

    /** Remembers a failed request of a plugin, for administrators to see next to it. */
    public void failed(String id, String what) {
        lastErrors.put(id, Instant.now() + ": " + what);
    }

    /**
     * Adds or replaces a plugin from its jar; the folder watcher installs it within seconds.
     *
     * @throws PluginException if the jar is not a plugin, or its id is one of the core's paths
     */
    public String install(byte[] jar) {
        return folder.install(jar, id -> reserved.refusal(id).ifPresent(why -> {
            throw new PluginException(PluginException.Kind.INVALID, why);
        }));
    }

    /**
     * Takes the ids of the core's own paths away from plugins, each with the path that takes it
     * ({@code "admin"} → {@code "/api/v1/admin"}). The web application lists them from its
     * resources when it starts; a plugin of such an id is never served, whenever it came.
     */
    public void reserve(Map<String, String> corePaths) {
        reserved.reserve(corePaths);
    }

    /** Whether the host serves and calls a plugin: switched on, and its id not one of the core's paths. */
    private boolean served(String id) {
        return cluster.enabled(id) && !reserved.reserved(id);
    }

    /** Removes a plugin: its jar leaves the folder and the watcher uninstalls it. Its content stays. */
    public void uninstall(String id) {
        String location = bundle(id).getLocation();
        if (!location.startsWith("file:")) {
            throw new PluginException(PluginException.Kind.INVALID, "Plugin " + id + " does not come from the plugins folder");
        }
        try {
            Files.deleteIfExists(Path.of(URI.create(location)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Bundle bundle(String id) {
        if (framework == null) {
            throw PluginException.unknown(id);
        }
        return Arrays.stream(framework.getBundleContext().getBundles())
                .filter(b -> id.equals(b.getSymbolicName()) && !b.getLocation().startsWith(BASE_LOCATION))
                .findFirst().orElseThrow(() -> PluginException.unknown(id));
    }

    /** What enabled plugins contribute. */
    public PluginContributions contributions() {
        return contributions;
    }

    /**
     * A view of an enabled plugin: the entry {@code /views/<path>} of its bundle. The URL carries
     * the bundle revision, so an updated plugin's pages are never served from a stale cache.
     */
    public Optional<URL> view(String pluginId, String path) {
        return entry(pluginId, "/views/" + path);
    }

    /** A file of an active, enabled plugin's bundle, by its path inside the bundle. */
    public Optional<URL> entry(String pluginId, String path) {
        if (framework == null || path.contains("..") || !served(pluginId)) {
            return Optional.empty();
        }
        return Arrays.stream(framework.getBundleContext().getBundles())
                .filter(b -> pluginId.equals(b.getSymbolicName()) && !b.getLocation().startsWith(BASE_LOCATION)
                        && b.getState() == Bundle.ACTIVE)
                .findFirst()
                .map(b -> b.getEntry(path));
    }

}
