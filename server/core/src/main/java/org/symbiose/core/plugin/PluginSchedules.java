package org.symbiose.core.plugin;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.symbiose.api.task.ClusterSchedule;
import org.symbiose.api.task.ScheduledTask;

/**
 * The cluster's schedule as each plugin gets it: its tasks named {@code <plugin id>:<name>}, run
 * only while the plugin is switched on, and cancelled on this node when the plugin stops (the
 * framework then releases the service).
 */
final class PluginSchedules implements ServiceFactory<ClusterSchedule> {

    private final ClusterSchedule schedule;
    private final Predicate<String> served;

    /** @param served whether the host serves and calls a plugin now */
    PluginSchedules(ClusterSchedule schedule, Predicate<String> served) {
        this.schedule = schedule;
        this.served = served;
    }

    @Override
    public ClusterSchedule getService(Bundle bundle, ServiceRegistration<ClusterSchedule> registration) {
        return new OfPlugin(bundle.getSymbolicName());
    }

    @Override
    public void ungetService(Bundle bundle, ServiceRegistration<ClusterSchedule> registration, ClusterSchedule service) {
        ((OfPlugin) service).cancelAll();
    }

    private final class OfPlugin implements ClusterSchedule {

        private final String plugin;
        private final List<ScheduledTask> tasks = new CopyOnWriteArrayList<>();

        OfPlugin(String plugin) {
            this.plugin = plugin;
        }

        @Override
        public ScheduledTask every(String name, Duration period, Runnable work) {
            ScheduledTask task = schedule.every(plugin + ":" + name, period, () -> {
                if (served.test(plugin)) {
                    work.run();
                }
            });
            tasks.add(task);
            return new ScheduledTask() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public void cancel() {
                    task.cancel();
                    tasks.remove(task);
                }
            };
        }

        void cancelAll() {
            tasks.forEach(ScheduledTask::cancel);
            tasks.clear();
        }
    }
}
