package org.symbiose.plugins.ideas.idea;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.data.PluginData;
import org.symbiose.plugins.ideas.KeyScan;

/**
 * Who follows an idea: its author from the start, and members who subscribe. They hear of its
 * status changes and responses, as its voters do. Kept as {@code <idea>:<member>} records.
 */
@Component(service = Subscriptions.class)
public class Subscriptions {

    static final String SUBSCRIBERS = "subscribers";

    @Reference
    private PluginData data;

    Clock clock = Clock.systemUTC();

    /** Subscribes a member; subscribing twice keeps one subscription. */
    public void subscribe(long ideaId, long memberId) {
        data.put(SUBSCRIBERS, ideaId + ":" + memberId, Map.of("at", clock.instant().toString()));
    }

    /** Unsubscribes a member; true if they were subscribed. */
    public boolean unsubscribe(long ideaId, long memberId) {
        return data.delete(SUBSCRIBERS, ideaId + ":" + memberId);
    }

    public boolean subscribed(long ideaId, long memberId) {
        return data.get(SUBSCRIBERS, ideaId + ":" + memberId).isPresent();
    }

    /** The idea's subscribers' member ids. */
    public List<Long> subscribers(long ideaId) {
        String prefix = ideaId + ":";
        return KeyScan.ids(KeyScan.all(data, SUBSCRIBERS, prefix), prefix);
    }
}
