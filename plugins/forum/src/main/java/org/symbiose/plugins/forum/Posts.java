package org.symbiose.plugins.forum;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.api.content.ItemEdit;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.member.Participation;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;

/**
 * Members writing in the forum: starting topics, replying, editing, deleting, accepting an
 * answer, reacting. Each method checks the forum's rules for the viewer and leaves content rules
 * (sizes, tags) to the store.
 */
@Component(service = Posts.class)
public class Posts {

    /** The reactions the forum offers. */
    public static final Set<String> REACTIONS = Set.of("like", "thanks", "insightful", "funny");
    static final String LIKE = "like";

    @Reference
    private ContentStore store;

    @Reference
    private CategoryIndex categories;

    @Reference
    private PostLookup lookup;

    @Reference
    private TopicEdits topicEdits;

    @Reference
    private PostingGuard guard;

    @Reference
    private PostNotices notices;

    @Reference
    private Watches watches;

    @Reference
    private ForumSettings settings;

    @Reference
    private MemberReactions memberReactions;

    @Reference
    private TopicActivity activity;

    @Reference
    private Attachments attachments;

    @Reference
    private Participation participation;

    @Reference
    private ForumCaches caches;

    @Reference
    private Clock clock;

    /** Starts a topic, with the author's files {@code fileIds} attached; its author watches it from then on. */
    public Item startTopic(Viewer author, long categoryId, String title, String body, List<String> tags, List<Long> fileIds) {
        Category category = categories.readable(categoryId, author);
        CategoryAccess access = categories.access(categoryId);
        mayWrite(author, access.start(), "start topics in this category");
        requireText("title", title, "A topic needs a title");
        requireText("body", body, "A topic needs a first message");
        Map<String, Object> attributes = withAttachments(TopicState.initial(category.qa()), author, fileIds);
        Item topic = guarded(author, body, () -> store.create(new ItemDraft(PostLookup.TOPIC, categoryId, title.strip(),
                body, tags, attributes, ItemStatus.PUBLISHED), author.id()));
        caches.changed(topic);
        watches.watch(Watches.Target.TOPIC, topic.id(), author.id());
        PostContext context = new PostContext(topic, topic, category, access);
        notices.mentions(topic, context);
        notices.topic(topic, context);
        return topic;
    }

    /**
     * Replies to a topic, optionally quoting one of its replies, with the author's files
     * {@code fileIds} attached.
     *
     * @throws ClientErrorException 409 if the topic is locked
     */
    public Item reply(Viewer author, long topicId, String body, Long quotes, List<Long> fileIds) {
        PostContext context = lookup.topic(topicId, author);
        mayWrite(author, context.access().reply(), "reply in this category");
        if (context.topic().status() != ItemStatus.PUBLISHED) {
            throw new ClientErrorException("This topic is not open for replies", Response.Status.CONFLICT);
        }
        if (TopicState.flag(context.topic(), TopicState.LOCKED)) {
            throw new ClientErrorException("This topic is locked: it takes no more replies", Response.Status.CONFLICT);
        }
        requireText("body", body, "A reply cannot be empty");
        if (quotes != null && !lookup.isPublishedReplyOf(quotes, topicId)) {
            throw new InvalidItemException("quotes", "Quote a reply of the same topic");
        }
        Map<String, Object> attributes = withAttachments(quotes == null ? Map.of() : Map.of("quotes", quotes), author, fileIds);
        // the guard's count and claim, the reply, its notifications and the topic's reply count in
        // one transaction: one commit, and the members they read are read once; a failure leaves
        // none of them
        Item reply = guarded(author, body, () -> {
            Item created = store.create(new ItemDraft(PostLookup.REPLY, topicId, "", body, List.of(), attributes,
                    ItemStatus.PUBLISHED), author.id());
            PostContext replied = new PostContext(created, context.topic(), context.category(), context.access());
            notices.mentions(created, replied);
            notices.reply(created, replied);
            if (created.status() == ItemStatus.PUBLISHED) {
                // a reply held for review counts once approved (heard by ForumEvents)
                activity.replied(created);
            }
            return created;
        });
        if (reply.status() == ItemStatus.PUBLISHED) {
            activity.shown(reply.parentId());
        }
        caches.changed(reply);
        return reply;
    }

    /** Edits a post: its author, or the category's moderators; the store keeps the previous text. */
    public Item edit(Viewer editor, long postId, long version, String title, String body, List<String> tags) {
        PostContext context = lookup.post(postId, editor);
        if (!(editor.canPost() && editor.isAuthorOf(context.post()) || context.moderatedBy(editor))) {
            throw new ForbiddenException("Only its author or a moderator may edit this post");
        }
        if (context.post().status() == ItemStatus.DELETED) {
            throw new ClientErrorException("A deleted post cannot be edited", Response.Status.CONFLICT);
        }
        if (title != null && !context.isTopic()) {
            throw new InvalidItemException("title", "A reply has no title");
        }
        if (title != null) {
            requireText("title", title, "A topic needs a title");
        }
        if (body != null) {
            requireText("body", body, "A post cannot be empty");
        }
        Item edited = store.edit(postId, version, new ItemEdit(title == null ? null : title.strip(), body,
                context.isTopic() ? tags : null, null), editor.id());
        caches.changed(edited);
        return edited;
    }

    /**
     * Deletes a post (it stays in the store, seen by moderators): its author within the grace
     * period, the category's moderators at any time.
     */
    public Item delete(Viewer actor, long postId) {
        PostContext context = lookup.post(postId, actor);
        Item post = context.post();
        if (!context.moderatedBy(actor)) {
            if (!actor.isAuthorOf(post)) {
                throw new ForbiddenException("Only its author or a moderator may delete this post");
            }
            Duration grace = Duration.ofMinutes(settings.number(ForumSettings.DELETE_GRACE));
            if (post.created().plus(grace).isBefore(clock.instant())) {
                throw new ForbiddenException("Posts can be deleted by their author during " + grace.toMinutes()
                        + " minutes; ask a moderator");
            }
        }
        if (post.status() == ItemStatus.DELETED) {
            return post;
        }
        Item deleted = store.changeStatus(postId, post.version(), ItemStatus.DELETED, actor.id());
        caches.changed(deleted);
        if (!context.isTopic() && post.status() == ItemStatus.PUBLISHED) {
            activity.removed(context.topic().id());
            if (Long.valueOf(postId).equals(TopicState.id(context.topic(), TopicState.ACCEPTED))) {
                topicEdits.change(context.topic().id(), actor.id(), topic -> TopicState.with(topic, TopicState.ACCEPTED, null));
            }
        }
        return deleted;
    }

    /**
     * Marks a reply as the answer to a question topic, or withdraws it ({@code replyId} null): the
     * asker or the category's moderators.
     */
    public Item accept(Viewer actor, long topicId, Long replyId) {
        PostContext context = lookup.topic(topicId, actor);
        if (!TopicState.flag(context.topic(), TopicState.QUESTION)) {
            throw new ClientErrorException("Only a question has an accepted answer", Response.Status.CONFLICT);
        }
        if (!(actor.canPost() && actor.isAuthorOf(context.topic()) || context.moderatedBy(actor))) {
            throw new ForbiddenException("Only the asker or a moderator may accept an answer");
        }
        if (replyId != null && !lookup.isPublishedReplyOf(replyId, topicId)) {
            throw new InvalidItemException("reply", "Accept a published reply of this topic");
        }
        Item topic = topicEdits.change(topicId, actor.id(), current -> TopicState.with(current, TopicState.ACCEPTED, replyId));
        if (replyId != null) {
            store.find(replyId).ifPresent(reply -> notices.accepted(reply, context, actor.id()));
        }
        return topic;
    }

    /** Adds or takes back the viewer's reaction {@code kind} to a post. */
    public Item react(Viewer actor, long postId, String kind, boolean add) {
        if (!REACTIONS.contains(kind)) {
            throw new InvalidItemException("kind", "React with one of " + String.join(", ", REACTIONS.stream().sorted().toList()));
        }
        lookup.post(postId, actor);
        if (!actor.canPost()) {
            throw new ProblemException(ProblemType.ACCOUNT_SILENCED, "Your account cannot react at the moment");
        }
        boolean had = !memberReactions.reacted(List.of(postId), actor.id(), kind).isEmpty();
        Item reacted = add ? store.react(postId, actor.id(), kind) : store.unreact(postId, actor.id(), kind);
        memberReactions.record(postId, actor.id(), kind, add);
        if (LIKE.equals(kind) && had != add && !actor.isAuthorOf(reacted)) {
            // likes received raise the author's trust level
            if (add) {
                participation.liked(reacted.author().id());
            } else {
                participation.unliked(reacted.author().id());
            }
        }
        caches.changed(reacted);
        return reacted;
    }

    /**
     * Writes a post the guard admits, in one transaction with the guard's count and claim: a post
     * not written counts for nothing, and its text can be sent again.
     */
    private Item guarded(Viewer author, String body, Supplier<Item> write) {
        return store.inOneTransaction(() -> {
            guard.admit(author, body);
            return write.get();
        });
    }

    /** {@code attributes} with the files attached, checked to be the author's. */
    private Map<String, Object> withAttachments(Map<String, Object> attributes, Viewer author, List<Long> fileIds) {
        List<Map<String, Object>> attached = attachments.of(author, fileIds);
        if (attached.isEmpty()) {
            return attributes;
        }
        Map<String, Object> with = new HashMap<>(attributes);
        with.put(Attachments.ATTRIBUTE, attached);
        return with;
    }

    private static void mayWrite(Viewer viewer, Rank least, String what) {
        if (!viewer.canPost()) {
            throw new ProblemException(ProblemType.ACCOUNT_SILENCED, "Your account cannot post at the moment");
        }
        if (!least.admits(viewer)) {
            throw new ForbiddenException("Only " + least.key() + "s and above may " + what);
        }
    }

    private static void requireText(String field, String text, String message) {
        if (text == null || text.isBlank()) {
            throw new InvalidItemException(field, message);
        }
    }
}
