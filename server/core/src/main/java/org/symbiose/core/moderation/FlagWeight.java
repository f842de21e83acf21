package org.symbiose.core.moderation;

/**
 * How much a member's flag counts: a moderator's reaches the threshold at once; a member's grows
 * with their trust level (1 up to level 1, 2 from level 2, 3 for leaders) but stays below the
 * threshold, so only moderators hide an item alone.
 */
final class FlagWeight {

    private FlagWeight() {
    }

    static int of(boolean moderator, int trustLevel, int threshold) {
        if (moderator) {
            return threshold;
        }
        int byLevel = trustLevel >= 4 ? 3 : trustLevel >= 2 ? 2 : 1;
        return Math.max(1, Math.min(byLevel, threshold - 1));
    }
}
