package org.symbiose.core.moderation;

import org.symbiose.api.content.InvalidItemException;

/**
 * One rung of the escalation ladder: when a member's active warning points reach
 * {@code points}, they are silenced or suspended for {@code days}.
 *
 * @param points the threshold
 * @param kind   SILENCE or SUSPEND
 * @param days   how long
 */
public record LadderStep(int points, Sanction.Kind kind, int days) {

    public LadderStep {
        if (points < 1 || points > 1000) {
            throw new InvalidItemException("points", "A ladder step is between 1 and 1000 points");
        }
        if (kind != Sanction.Kind.SILENCE && kind != Sanction.Kind.SUSPEND) {
            throw new InvalidItemException("kind", "A ladder step silences or suspends");
        }
        if (days < 1 || days > 3650) {
            throw new InvalidItemException("days", "A ladder step lasts 1 to 3650 days");
        }
    }
}
