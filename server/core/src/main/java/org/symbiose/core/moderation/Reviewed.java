package org.symbiose.core.moderation;

import java.time.Instant;

/**
 * A review queue entry as moderators see it.
 *
 * @param id        its id
 * @param itemId    the item to review
 * @param cause     FLAGS, RULE, NEWCOMER or PLUGIN
 * @param detail    the flags' reasons, the rule, or the plugin's reason
 * @param priority  higher first
 * @param created   when it entered the queue
 * @param decided   when it was decided, or null while open
 * @param decidedBy who decided
 * @param decision  APPROVE, REJECT, HIDE or DISMISS
 * @param note      the moderator's reason
 * @param version   to send back with a decision
 * @param claimedBy the moderator who holds the entry now, or null
 * @param claimedByName their name
 * @param claimedUntil when their claim ends
 */
public record Reviewed(long id, long itemId, String cause, String detail, int priority, Instant created, Instant decided,
        Long decidedBy, String decision, String note, long version, Long claimedBy, String claimedByName,
        Instant claimedUntil) {
}
