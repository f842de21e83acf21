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
 * accepted ({@code accepted}). Nobody is told of a post in a category they may not read.
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
                    post.author().displayName() + " mentioned you in “" + context.topic().title() + "”"));
        }
    }

    /** Notifies the watchers of a new reply's topic and category. */
    public void reply(Item reply, PostContext context) {
        Set<Long> watchers = new LinkedHashSet<>(watches.watchers(Watches.Target.TOPIC, context.topic().id()));
        watchers.addAll(watches.watchers(Watches.Target.CATEGORY, context.category().id()));
        String text = reply.author().displayName() + " replied to “" + context.topic().title() + "”";
        watchers.forEach(watcher -> tell(watcher, "reply", reply, context, text));
    }

    /** Notifies the watchers of a new topic's category. */
    public void topic(Item topic, PostContext context) {
        String text = topic.author().displayName() + " started “" + topic.title() + "” in " + context.category().name();
        watches.watchers(Watches.Target.CATEGORY, context.category().id())
                .forEach(watcher -> tell(watcher, "topic", topic, context, text));
    }

    /** Notifies the author of an accepted answer. */
    public void accepted(Item reply, PostContext context, long acceptedBy) {
        if (context.access().read().admits(viewers.of(reply.author().id()))) {
            notifications.notify(reply.author().id(), "accepted", reply.id(), acceptedBy,
                    shorten("Your answer in “" + context.topic().title() + "” was accepted"));
        }
    }

    private void tell(long memberId, String kind, Item post, PostContext context, String text) {
        if (context.access().read().admits(viewers.of(memberId))) {
            notifications.notify(memberId, kind, post.id(), post.author().id(), shorten(text));
        }
    }

    private static String shorten(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
