package org.symbiose.plugins.blog.wxr;

import java.time.Instant;

/**
 * A comment on an item.
 *
 * @param id          WordPress's comment id
 * @param parentId    the comment it answers, or empty for a comment on the item itself
 * @param authorName  the name the commenter gave
 * @param authorEmail may be empty
 * @param authorUrl   may be empty
 * @param date        when it was written
 * @param content     the text, as WordPress kept it (HTML allowed)
 * @param approval    its moderation state
 * @param type        empty for a comment; {@code pingback} or {@code trackback} otherwise
 * @param userId      the WordPress user who wrote it while signed in, or empty (a visitor, whose e-mail nobody checked)
 */
public record WxrComment(String id, String parentId, String authorName, String authorEmail, String authorUrl, Instant date,
        String content, Approval approval, String type, String userId) {

    /** What WordPress's {@code comment_approved} says. */
    public enum Approval {
        APPROVED, PENDING, SPAM, TRASH;

        static Approval of(String value) {
            return switch (value.strip()) {
                case "1", "approve", "approved" -> APPROVED;
                case "spam" -> SPAM;
                case "trash", "post-trashed" -> TRASH;
                default -> PENDING;
            };
        }
    }

    /** Whether a signed-in WordPress user wrote it. */
    public boolean bySiteUser() {
        return !userId.isEmpty() && !"0".equals(userId);
    }

    /** Whether it is a real comment, not a pingback or trackback. */
    public boolean isComment() {
        return type.isEmpty() || "comment".equals(type);
    }
}
