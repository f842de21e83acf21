package org.symbiose.core.plugin;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;
import org.osgi.framework.BundleContext;
import org.symbiose.api.audit.AuditLog;
import org.symbiose.api.cache.SharedCaches;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.data.PluginData;
import org.symbiose.api.file.FileStore;
import org.symbiose.api.member.MemberDirectory;
import org.symbiose.api.member.Participation;
import org.symbiose.api.member.Permissions;
import org.symbiose.api.notification.Notifications;
import org.symbiose.api.search.Search;
import org.symbiose.api.setting.Settings;
import org.symbiose.api.task.ClusterSchedule;
import org.symbiose.core.audit.AuditTrail;
import org.symbiose.core.cache.ClusterCaches;
import org.symbiose.core.data.PluginDataOf;
import org.symbiose.core.data.PluginRecords;
import org.symbiose.core.notification.NotificationList;
import org.symbiose.core.task.ServerSchedule;

/** What the core offers plugins in the service registry: the API's services. */
@ApplicationScoped
public class CoreServices {

    @Inject
    private ContentStore contentStore;

    @Inject
    private Permissions permissions;

    @Inject
    private Settings settings;

    @Inject
    private Search search;

    @Inject
    private MemberDirectory members;

    @Inject
    private Participation participation;

    @Inject
    private Clock clock;

    @Inject
    private FileStore files;

    @Inject
    private NotificationList notifications;

    @Inject
    private PluginRecords records;

    @Inject
    private AuditTrail audit;

    @Inject
    private ClusterCaches caches;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private ServerSchedule schedule;

    /**
     * Registers them all in the framework of {@code context}.
     *
     * @param served whether the host serves and calls a plugin now: a switched-off plugin's
     *               scheduled work does not run
     */
    void offerTo(BundleContext context, Predicate<String> served) {
        context.registerService(ContentStore.class, contentStore, null);
        context.registerService(Permissions.class, permissions, null);
        context.registerService(Settings.class, settings, null);
        context.registerService(Search.class, search, null);
        context.registerService(MemberDirectory.class, members, null);
        context.registerService(FileStore.class, files, null);
        context.registerService(Participation.class, participation, null);
        // the server's time: plugins that take it from here can be tested with a fixed one
        context.registerService(Clock.class, clock, null);
        // the server's managed threads, for work each node does for itself (its writes held back a few seconds): it
        // may call the other services from there, in transactions; the server stops them, plugins cancel their tasks
        context.registerService(ScheduledExecutorService.class, scheduler, null);
        // these record which plugin calls them, so each plugin gets its own instance
        context.registerService(Notifications.class, new PerPlugin<Notifications>(plugin ->
                (memberId, kind, itemId, actorId, text) -> notifications.notify(plugin, memberId, kind, itemId, actorId, text)), null);
        context.registerService(PluginData.class, new PerPlugin<PluginData>(plugin -> new PluginDataOf(plugin, records)), null);
        // each plugin's caches in its own name space, dropped from this node when it stops
        context.registerService(SharedCaches.class, new PerPlugin<SharedCaches>(caches::forPlugin), null);
        // work once in the cluster, not once per node; named and cancelled per plugin
        context.registerService(ClusterSchedule.class, new PluginSchedules(schedule, served), null);
        context.registerService(AuditLog.class, new PerPlugin<AuditLog>(plugin ->
                (actorId, action, itemId, reason, before, after) -> audit.record(plugin, actorId, action, itemId, reason, before, after)),
                null);
    }
}
