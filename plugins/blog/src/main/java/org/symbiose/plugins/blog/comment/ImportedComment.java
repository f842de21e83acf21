package org.symbiose.plugins.blog.comment;

import java.time.Instant;

/**
 * A comment coming from another platform (a WordPress export).
 *
 * @param sourceId  its id at the source, unique per post: importing it again finds it instead
 * @param answers   the already imported comment it answers (our id), or null; a reply to a reply
 *                  is attached to the first comment of its thread (one level here)
 * @param authorId  the member who wrote it, or null for a guest
 * @param guestName a guest's name (ignored for a member)
 * @param body      Markdown
 * @param date      its original date
 * @param approved  whether it was published there (else it waits in the review queue)
 */
public record ImportedComment(String sourceId, Long answers, Long authorId, String guestName, String body,
        Instant date, boolean approved) {
}
