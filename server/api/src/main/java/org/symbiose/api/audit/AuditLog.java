package org.symbiose.api.audit;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Records who did what, on what, why: a service in the registry; the calling plugin is recorded
 * with each entry. Entries are never changed or removed.
 */
@ProviderType
public interface AuditLog {

    /**
     * Appends one entry.
     *
     * @param actorId the member who acted
     * @param action  what they did, a short key such as {@code forum.pin} or {@code forum.move}
     * @param itemId  the item acted on, or {@code null}
     * @param reason  why, as they said it, or {@code null}
     * @param before  the state before, as short text (e.g. {@code category 3}), or {@code null}
     * @param after   the state after, or {@code null}
     */
    void record(long actorId, String action, Long itemId, String reason, String before, String after);
}
