package org.symbiose.core.notification;

import java.time.Instant;

/**
 * A notification as its member sees it.
 *
 * @param id      its id
 * @param plugin  the plugin that sent it
 * @param kind    what happened, e.g. {@code reply}
 * @param itemId  the item concerned, or null
 * @param actorId who caused it, or null
 * @param text    one line for the list
 * @param created when
 * @param read    whether the member has seen it
 */
public record Notification(long id, String plugin, String kind, Long itemId, Long actorId, String text, Instant created,
        boolean read) {
}
