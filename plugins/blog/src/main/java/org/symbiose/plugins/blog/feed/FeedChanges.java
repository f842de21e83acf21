package org.symbiose.plugins.blog.feed;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.plugins.blog.BlogListener;

/**
 * Drops the written feeds when a blog, post or comment changes anywhere: written through the
 * blog, published by the clock, hidden by a moderator, brought in by an import.
 */
@Component(service = BlogListener.class)
public class FeedChanges implements BlogListener {

    @Reference
    private Feeds feeds;

    @Override
    public void created(Item item) {
        changed(item);
    }

    @Override
    public void edited(Item item) {
        changed(item);
    }

    @Override
    public void statusChanged(Item item, ItemStatus previous) {
        changed(item);
    }

    @Override
    public void imported(List<Item> items) {
        items.stream().filter(FeedChanges::shown).findAny().ifPresent(this::changed);
    }

    private void changed(Item item) {
        if (shown(item)) {
            feeds.changed();
        }
    }

    /** The blog's own items: blogs, posts and comments. */
    private static boolean shown(Item item) {
        return item.type().startsWith("blog.");
    }
}
