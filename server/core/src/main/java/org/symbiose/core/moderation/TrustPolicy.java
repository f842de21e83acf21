package org.symbiose.core.moderation;

import java.util.Comparator;
import java.util.List;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.api.member.MemberInfo;

/**
 * The community managers' trust settings: what each level asks, what a new member (level 0)
 * may put in a post, and the spam score that holds a post for review.
 *
 * @param levels         the requirements of levels 1, 2 and 3, in that order
 * @param newcomerLinks  the links a level-0 member may put in a post
 * @param newcomerImages the images a level-0 member may put in a post
 * @param spamThreshold  the spam score at which a post of a level 0 or 1 member waits for review
 */
public record TrustPolicy(List<LevelRequirement> levels, int newcomerLinks, int newcomerImages, int spamThreshold) {

    /** Discourse's spirit: a first visit's reading for level 1, weeks of it for 2, months for 3. */
    static final TrustPolicy DEFAULT = new TrustPolicy(List.of(
            new LevelRequirement(1, 1, 30, 0, 0, 0),
            new LevelRequirement(2, 15, 100, 3, 1, 0),
            new LevelRequirement(3, 50, 500, 10, 20, 100)), 2, 1, SpamScore.DEFAULT_THRESHOLD);

    public TrustPolicy {
        if (levels == null || levels.size() != 3) {
            throw new InvalidItemException("levels", "Give the requirements of levels 1, 2 and 3");
        }
        levels = levels.stream().sorted(Comparator.comparingInt(LevelRequirement::level)).toList();
        for (int i = 0; i < 3; i++) {
            if (levels.get(i).level() != i + 1) {
                throw new InvalidItemException("levels", "Give the requirements of levels 1, 2 and 3, once each");
            }
        }
        if (newcomerLinks < 0 || newcomerLinks > 100) {
            throw new InvalidItemException("newcomerLinks", "A new member's links per post are between 0 and 100");
        }
        if (newcomerImages < 0 || newcomerImages > 100) {
            throw new InvalidItemException("newcomerImages", "A new member's images per post are between 0 and 100");
        }
        if (spamThreshold < 1 || spamThreshold > 100) {
            throw new InvalidItemException("spamThreshold", "The spam threshold is between 1 and 100");
        }
    }

    /** The requirements of level 1, 2 or 3. */
    public LevelRequirement requirement(int level) {
        return levels.get(level - 1);
    }

    /**
     * The level a member at {@code current} reaches by participating: they climb one level at a
     * time while the next one's requirements are met, never above 3 and never down.
     */
    public int levelFor(int current, Participated participated) {
        int level = current;
        while (level < MemberInfo.LEADER - 1 && requirement(level + 1).missing(participated).isEmpty()) {
            level++;
        }
        return level;
    }
}
