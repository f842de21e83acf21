package org.symbiose.api.notification;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Adds to members' notification lists: a service in the registry, which knows the calling
 * plugin, so each notification says where it came from.
 */
@ProviderType
public interface Notifications {

    /**
     * Notifies one member. A member is never notified of their own action (when
     * {@code actorId} is theirs), nor twice of the same kind for the same item while the first
     * one is unread.
     *
     * @param memberId who is told
     * @param kind     what happened, a short key such as {@code reply} or {@code mention}
     * @param itemId   the item concerned, or {@code null}
     * @param actorId  the member who caused it, or {@code null}
     * @param text     one line for the list, plain text, at most 300 characters
     * @return true if the member was notified
     */
    boolean notify(long memberId, String kind, Long itemId, Long actorId, String text);
}
