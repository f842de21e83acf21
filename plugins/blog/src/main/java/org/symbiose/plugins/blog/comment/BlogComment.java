package org.symbiose.plugins.blog.comment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.member.MemberRef;

/**
 * A comment on a post: an item of type {@link CommentType#KEY} whose parent is the post. A reply
 * keeps the post as parent and names the comment it answers: one level only.
 *
 * @param id        the item id
 * @param postId    the post
 * @param answers   the comment it answers, or null
 * @param author    who wrote it (for an imported guest comment, the importer)
 * @param guestName for an imported comment by someone who is not a member, their name; else null
 * @param body      Markdown as written
 * @param html      rendered and sanitized
 * @param status    PUBLISHED, or PENDING_REVIEW while moderators look at it, HIDDEN, DELETED
 * @param reactions members' reactions, per kind
 * @param created   when it was written (for an import, its original date)
 * @param version   the item version
 */
public record BlogComment(long id, long postId, Long answers, MemberRef author, String guestName, String body,
        String html, ItemStatus status, Map<String, Long> reactions, Instant created, long version) {

    static final String ANSWERS = "answers";
    static final String GUEST = "guest";
    static final String DATE = "date";
    static final String SOURCE = "source";

    public BlogComment {
        reactions = Map.copyOf(reactions);
    }

    /** The comment an item of type {@link CommentType#KEY} stands for. */
    public static BlogComment of(Item item) {
        Map<String, Object> a = item.attributes();
        return new BlogComment(item.id(), item.parentId() == null ? 0 : item.parentId(),
                a.get(ANSWERS) instanceof BigDecimal n ? n.longValue() : a.get(ANSWERS) instanceof Number n ? n.longValue() : null,
                item.author(), (String) a.get(GUEST), item.body(), item.bodyHtml(), item.status(), item.reactions(),
                a.get(DATE) instanceof String date ? Instant.parse(date) : item.created(), item.version());
    }

    /** The same comment with nothing of what it said: a deleted one kept as its replies' placeholder. */
    public BlogComment emptied() {
        return new BlogComment(id, postId, answers, author, guestName, "", "", status, Map.of(), created, version);
    }

    /** The name shown as its author. */
    public String shownAuthor() {
        return guestName != null ? guestName : author.displayName();
    }
}
