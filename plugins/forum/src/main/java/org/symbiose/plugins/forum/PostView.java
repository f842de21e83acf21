package org.symbiose.plugins.forum;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.symbiose.api.content.Item;
import org.symbiose.api.member.MemberRef;

/**
 * A topic's first post or a reply, as shown.
 *
 * @param id        the item id
 * @param topicId   its topic (itself for a topic)
 * @param author    who wrote it
 * @param title     the topic's title, empty for a reply
 * @param body      the Markdown, for editing
 * @param bodyHtml  the body rendered and sanitized by the store
 * @param tags      the topic's tags
 * @param reactions reaction counts by kind
 * @param score     the sum of votes
 * @param quotes    the reply it quotes, or null
 * @param accepted  whether it is the topic's accepted answer
 * @param status    {@code PUBLISHED}, {@code DELETED}…
 * @param version   the version to name when editing
 * @param created   when it was written
 * @param updated     when it last changed
 * @param attachments the files attached to it
 */
public record PostView(long id, long topicId, MemberRef author, String title, String body, String bodyHtml,
        List<String> tags, Map<String, Long> reactions, long score, Long quotes, boolean accepted, String status,
        long version, Instant created, Instant updated, List<Attachments.Attachment> attachments) {

    public PostView {
        tags = List.copyOf(tags);
        reactions = Map.copyOf(reactions);
        attachments = List.copyOf(attachments);
    }

    public static PostView of(Item post, Long acceptedAnswer) {
        long topicId = PostLookup.TOPIC.equals(post.type()) ? post.id() : post.parentId();
        return new PostView(post.id(), topicId, post.author(), post.title(), post.body(), post.bodyHtml(), post.tags(),
                post.reactions(), post.score(), TopicState.id(post, "quotes"),
                Long.valueOf(post.id()).equals(acceptedAnswer), post.status().name(), post.version(), post.created(),
                post.updated(), Attachments.shown(post.attributes()));
    }
}
