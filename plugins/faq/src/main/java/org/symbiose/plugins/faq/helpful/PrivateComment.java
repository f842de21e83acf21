package org.symbiose.plugins.faq.helpful;

import java.time.Instant;

/**
 * A reader's comment with their vote, shown to the entry's owner and community managers only.
 *
 * @param helpful  the vote it came with
 * @param text     the comment, plain text
 * @param memberId the member who wrote it, or null for a visitor
 * @param written  when
 */
public record PrivateComment(boolean helpful, String text, Long memberId, Instant written) {
}
