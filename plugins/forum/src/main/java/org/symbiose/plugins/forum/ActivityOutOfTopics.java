package org.symbiose.plugins.forum;

import java.time.Instant;
import java.util.EnumSet;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemPage;
import org.symbiose.api.content.ItemQuery;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.spi.upgrade.UpgradeStep;

/**
 * Data version 1: topics' reply counts and last activity move from the topics' attributes
 * ({@code replyCount}, {@code lastActivity}, where earlier versions kept them) to
 * {@link TopicActivity}. The attributes stay on those topics, no longer read: removing them would
 * write a revision of every topic.
 */
@Component(service = UpgradeStep.class)
public class ActivityOutOfTopics implements UpgradeStep {

    @Reference
    private ContentStore store;

    @Reference
    private TopicActivity activity;

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String description() {
        return "keep topics' reply counts and last activity beside the topics";
    }

    @Override
    public void apply() {
        Long before = null;
        do {
            ItemPage page = store.query(new ItemQuery(PostLookup.TOPIC, null, null, null, null,
                    EnumSet.allOf(ItemStatus.class), before, ItemQuery.MAX_LIMIT));
            for (Item topic : page.items()) {
                Object count = topic.attributes().get("replyCount");
                Object last = topic.attributes().get("lastActivity");
                activity.set(topic.id(), count instanceof Number number ? number.longValue() : 0,
                        last instanceof String text ? Instant.parse(text) : topic.created());
            }
            before = page.next();
        } while (before != null);
    }
}
