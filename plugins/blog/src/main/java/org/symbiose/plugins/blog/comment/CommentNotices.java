package org.symbiose.plugins.blog.comment;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.notification.Notifications;
import org.symbiose.api.content.ContentStore;
import org.symbiose.plugins.blog.BlogListener;

/**
 * Tells a post's author of each comment once readers see it: at once, or when a moderator
 * publishes a held one. Imports bring history in, not news: they notify nobody.
 */
@Component(service = BlogListener.class)
public class CommentNotices implements BlogListener {

    static final String KIND = "blog-comment";

    @Reference
    private Notifications notifications;

    @Reference
    private ContentStore store;

    @Override
    public void created(Item item) {
        if (isComment(item) && item.status() == ItemStatus.PUBLISHED && !item.attributes().containsKey(BlogComment.SOURCE)) {
            tell(item);
        }
    }

    @Override
    public void statusChanged(Item item, ItemStatus previous) {
        if (isComment(item) && item.status() == ItemStatus.PUBLISHED && previous == ItemStatus.PENDING_REVIEW
                && !item.attributes().containsKey(BlogComment.SOURCE)) {
            tell(item);
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
