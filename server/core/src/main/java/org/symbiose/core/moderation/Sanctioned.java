package org.symbiose.core.moderation;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;

/**
 * A sanction as moderators and its member see it.
 *
 * @param id        its id
 * @param memberId  the member sanctioned
 * @param kind      WARN, SILENCE, SUSPEND or DELETE
 * @param reason    why, as a short key (spam, offensive, ...); {@code reasonKey} in JSON
 * @param points    the warning points it adds
 * @param until     when a silence or suspension ends, or null
 * @param note      what the moderator wrote
 * @param automatic whether the escalation ladder gave it
 * @param created   when
 * @param createdBy the moderator (for an automatic one, whose sanction triggered it)
 * @param lifted    when it was lifted, or null
 */
public record Sanctioned(long id, long memberId, String kind, @JsonbProperty("reasonKey") String reason, int points, Instant until, String note,
        boolean automatic, Instant created, long createdBy, Instant lifted) {
}
