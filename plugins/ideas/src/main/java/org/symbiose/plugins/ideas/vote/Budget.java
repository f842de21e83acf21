package org.symbiose.plugins.ideas.vote;

/**
 * A member's votes in a box.
 *
 * @param total how many votes the box gives, or null for no limit
 * @param left  how many remain to spend, or null for no limit
 */
public record Budget(Integer total, Integer left) {

    /** The budget of a box giving {@code total} (null: unlimited) to a member who spent {@code spent}. */
    public static Budget of(Integer total, long spent) {
        return total == null ? new Budget(null, null) : new Budget(total, (int) Math.max(0, total - spent));
    }

    /** Whether {@code spent} votes go past the box's {@code total} (never when it has no limit). */
    public static boolean exceeded(Integer total, long spent) {
        return total != null && spent > total;
    }
}
