package org.symbiose.plugins.blog.post;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.data.PluginData;

/**
 * Scheduled posts by due time, as plugin data keyed {@code <epoch millis, 15 digits>/<post id>}:
 * keys sort by time, so the due ones are always the first of the list, however many wait.
 */
@Component(service = DueQueue.class)
public class DueQueue {

    private static final String DUE = "due";

    @Reference
    private PluginData data;

    public DueQueue() {
    }

    DueQueue(PluginData data) {
        this.data = data;
    }

    /** An entry: post {@code postId} is due at {@code at}. */
    public record Due(long postId, Instant at) {
        String key() {
            return String.format("%015d/%d", at.toEpochMilli(), postId);
        }
    }

    void add(long postId, Instant at) {
        data.put(DUE, new Due(postId, at).key(), Map.of("post", BigDecimal.valueOf(postId)));
    }

    void remove(long postId, Instant at) {
        if (at != null) {
            data.delete(DUE, new Due(postId, at).key());
        }
    }

    /** Whether the post waits in the queue for {@code at}. */
    boolean holds(long postId, Instant at) {
        return at != null && data.get(DUE, new Due(postId, at).key()).isPresent();
    }

    /** Up to {@code limit} entries due at {@code now} or before, earliest first. */
    List<Due> due(Instant now, int limit) {
        List<Due> due = new ArrayList<>();
        for (PluginData.Record record : data.list(DUE, "", limit)) {
            int slash = record.key().indexOf('/');
            Instant at = Instant.ofEpochMilli(Long.parseLong(record.key().substring(0, slash)));
            if (at.isAfter(now)) {
                break;
            }
            due.add(new Due(Long.parseLong(record.key().substring(slash + 1)), at));
        }
        return due;
    }
}
