package org.symbiose.plugins.forum;

import java.util.LinkedHashSet;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.api.member.MemberDirectory;
import org.symbiose.api.notification.Notifications;

/**
 * Tells members what concerns them: a mention ({@code mention}), a reply in a topic or category
 * they watch ({@code reply}), a new topic in a category they watch ({@code topic}), their answer
 * accepted ({@code accepted}), each in their own language. Nobody is told of a post in a category
 * they may not read.
 */
@Component(service = PostNotices.class)
public class PostNotices {

    private static final int MAX_TEXT = 300;

    @Reference
    private Notifications notifications;

    @Reference
    private MemberDirectory members;

    @Reference
    private Viewers viewers;

    @Reference
    private Watches watches;

    /** Notifies the members {@code post} mentions. */
    public void mentions(Item post, PostContext context) {
        for (String name : Mentions.in(post.body())) {
            members.byDisplayName(name).ifPresent(member -> tell(member.ref().id(), "mention", post, context,
                    post.author().displayName(), context.topic().title()));
        }
    }

    /** Notifies the watchers of a new reply's topic and category. */
    public void reply(Item reply, PostContext context) {
        Set<Long> watchers = new LinkedHashSet<>(watches.watchers(Watches.Target.TOPIC, context.topic().id()));
        watchers.addAll(watches.watchers(Watches.Target.CATEGORY, context.category().id()));
        watchers.forEach(watcher -> tell(watcher, "reply", reply, context, reply.author().displayName(),
                context.topic().title()));
    }

    /** Notifies the watchers of a new topic's category. */
    public void topic(Item topic, PostContext context) {
        watches.watchers(Watches.Target.CATEGORY, context.category().id())
                .forEach(watcher -> tell(watcher, "topic", topic, context, topic.author().displayName(), topic.title(),
                        context.category().name()));
    }

    /** Notifies the author of an accepted answer. */
    public void accepted(Item reply, PostContext context, long acceptedBy) {
        long author = reply.author().id();
        if (context.access().read().admits(viewers.of(author))) {
            notifications.notify(author, "accepted", reply.id(), acceptedBy,
                    shorten(Texts.say(members.language(author), "notice.accepted", context.topic().title())));
        }
    }

    /** Tells a member who may read the post, in their language, the forum's text {@code notice.<kind>}. */
    private void tell(long memberId, String kind, Item post, PostContext context, Object... arguments) {
        if (context.access().read().admits(viewers.of(memberId))) {
            notifications.notify(memberId, kind, post.id(), post.author().id(),
                    shorten(Texts.say(members.language(memberId), "notice." + kind, arguments)));
        }
    }

    private static String shorten(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
