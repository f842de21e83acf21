package org.symbiose.core.moderation;

import org.symbiose.api.content.InvalidItemException;

/**
 * The community managers' moderation settings.
 *
 * @param flagThreshold      the flag weight that hides an item until a moderator decides
 * @param firstPostsReviewed how many of a new member's first posts wait for approval (0: none)
 */
public record ModerationPolicy(int flagThreshold, int firstPostsReviewed) {

    static final ModerationPolicy DEFAULT = new ModerationPolicy(3, 0);

    public ModerationPolicy {
        if (flagThreshold < 1 || flagThreshold > 100) {
            throw new InvalidItemException("flagThreshold", "The flag threshold is between 1 and 100");
        }
        if (firstPostsReviewed < 0 || firstPostsReviewed > 100) {
            throw new InvalidItemException("firstPostsReviewed", "Between 0 and 100 first posts can be reviewed");
        }
    }
}
