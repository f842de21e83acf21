package org.symbiose.core.audit;

import java.time.Instant;

/**
 * An audit log entry as moderators read it.
 *
 * @param id      its id, increasing
 * @param at      when
 * @param actorId who acted
 * @param plugin  the plugin that recorded it, or null for the core
 * @param action  what was done
 * @param itemId  on which item, or null
 * @param reason  why, or null
 * @param before  the state before, or null
 * @param after   the state after, or null
 */
public record Audited(long id, Instant at, long actorId, String plugin, String action, Long itemId, String reason,
        String before, String after) {
}
