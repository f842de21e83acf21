package org.symbiose.plugins.blog.comment;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.notification.Notifications;
import org.symbiose.api.content.ContentStore;
import org.symbiose.plugins.blog.feed.Feeds;
import org.symbiose.spi.content.ItemListener;

/**
 * Tells a post's author of each comment once readers see it: at once, or when a moderator
 * publishes a held one. Imports bring history in, not news: they notify nobody. Being the
 * plugin's one listener, it also drops the written feeds on any change of a blog, post or comment
 * (published by the clock, hidden by a moderator, ...).
 */
@Component(service = ItemListener.class)
public class CommentNotices implements ItemListener {

    static final String KIND = "blog-comment";

    @Reference
    private Notifications notifications;

    @Reference
    private ContentStore store;

    @Reference
    private Feeds feeds;

    @Override
    public void created(Item item) {
        changed(item);
        if (isComment(item) && item.status() == ItemStatus.PUBLISHED && !item.attributes().containsKey(BlogComment.SOURCE)) {
            tell(item);
        }
    }

    @Override
    public void edited(Item item) {
        changed(item);
    }

    @Override
    public void imported(List<Item> items) {
        items.stream().filter(item -> item.type().startsWith("blog.")).findAny().ifPresent(this::changed);
    }

    @Override
    public void statusChanged(Item item, ItemStatus previous) {
        changed(item);
        if (isComment(item) && item.status() == ItemStatus.PUBLISHED && previous == ItemStatus.PENDING_REVIEW
                && !item.attributes().containsKey(BlogComment.SOURCE)) {
            tell(item);
        }
    }

    private void changed(Item item) {
        if (item.type().startsWith("blog.")) {
            feeds.changed();
        }
    }

    private void tell(Item comment) {
        store.find(comment.parentId()).ifPresent(post -> notifications.notify(post.author().id(), KIND, comment.id(),
                comment.author().id(), excerpt(comment.author().displayName() + " commented on " + post.title())));
    }

    private static boolean isComment(Item item) {
        return CommentType.KEY.equals(item.type());
    }

    private static String excerpt(String text) {
        return text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }
}
