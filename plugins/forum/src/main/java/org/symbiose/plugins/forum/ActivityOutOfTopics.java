package org.symbiose.plugins.forum;

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
 * Data version 1: topics' reply counts move from the topics' attributes ({@code replyCount},
 * where earlier versions kept them) to {@link TopicActivity}; their last activity
 * ({@code lastActivity}) is now the store's own, computed from their replies when it was added.
 * The attributes stay on those topics, no longer read: removing them would write a revision of
 * every topic.
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
                long count = topic.attributes().get("replyCount") instanceof Number number ? number.longValue() : 0;
                activity.set(topic.id(), () -> count);
            }
            before = page.next();
        } while (before != null);
    }
}
