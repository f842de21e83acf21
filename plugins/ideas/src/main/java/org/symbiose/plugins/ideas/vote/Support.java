package org.symbiose.plugins.ideas.vote;

import java.util.Set;

/**
 * What a member gives a box: the ideas they vote for, and how many of the box's votes they spent
 * (a vote that came back when its idea closed still counts for the idea, not for the budget).
 *
 * @param ideas the ideas the member votes for
 * @param spent the votes of the member's budget in use
 */
public record Support(Set<Long> ideas, long spent) {

    /** A visitor's: nothing. */
    public static final Support NONE = new Support(Set.of(), 0);

    public Support {
        ideas = Set.copyOf(ideas);
    }
}
