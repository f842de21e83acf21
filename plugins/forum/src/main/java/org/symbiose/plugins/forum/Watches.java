package org.symbiose.plugins.forum;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.data.PluginData;

/**
 * Who watches which topic or category, in the plugin's {@code watch} records keyed
 * {@code <topic|category>:<id>:<member>}, so that a prefix lists a thing's watchers.
 */
@Component(service = Watches.class)
public class Watches {

    static final String COLLECTION = "watch";
    /** Most watchers told of one post; a larger crowd would need a queue the API does not offer. */
    static final int MAX_WATCHERS = 1000;

    /** What can be watched. */
    public enum Target {
        TOPIC, CATEGORY;

        String prefix(long id) {
            return name().toLowerCase() + ":" + id + ":";
        }
    }

    @Reference
    private PluginData data;

    @Reference
    private Clock clock;

    public void watch(Target target, long id, long memberId) {
        data.put(COLLECTION, target.prefix(id) + memberId, Map.of("since", clock.instant().toString()));
    }

    /** True if the member was watching. */
    public boolean unwatch(Target target, long id, long memberId) {
        return data.delete(COLLECTION, target.prefix(id) + memberId);
    }

    public boolean watches(Target target, long id, long memberId) {
        return data.get(COLLECTION, target.prefix(id) + memberId).isPresent();
    }

    /** The ids of the members watching. */
    public List<Long> watchers(Target target, long id) {
        String prefix = target.prefix(id);
        return data.list(COLLECTION, prefix, MAX_WATCHERS).stream()
                .map(record -> Long.valueOf(record.key().substring(prefix.length()))).toList();
    }
}
