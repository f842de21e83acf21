package org.symbiose.core.moderation;

import java.util.ArrayList;
import java.util.List;
import org.symbiose.api.content.InvalidItemException;

/**
 * What a member needs to reach a trust level by themselves (levels 1 to 3; level 4 is only
 * given by hand).
 *
 * @param level         1 (basic), 2 (member) or 3 (regular)
 * @param daysVisited   days visited
 * @param postsRead     posts read
 * @param postsWritten  published posts
 * @param likesReceived likes received
 * @param cleanDays     days since their last sanction (0: a sanction does not hold them back)
 */
public record LevelRequirement(int level, int daysVisited, int postsRead, int postsWritten, int likesReceived, int cleanDays) {

    private static final int MAX = 1_000_000;

    public LevelRequirement {
        if (level < 1 || level > 3) {
            throw new InvalidItemException("level", "Levels 1 to 3 are reached by participating; 4 is given by hand");
        }
        for (int value : new int[] {daysVisited, postsRead, postsWritten, likesReceived}) {
            if (value < 0 || value > MAX) {
                throw new InvalidItemException("levels", "Each requirement of level " + level + " is between 0 and " + MAX);
            }
        }
        if (cleanDays < 0 || cleanDays > 3650) {
            throw new InvalidItemException("cleanDays", "Days without a sanction are between 0 and 3650");
        }
    }

    /** What {@code participated} still lacks for this level; empty when it is reached. */
    public List<Missing> missing(Participated participated) {
        List<Missing> missing = new ArrayList<>();
        lacking(missing, "daysVisited", daysVisited, participated.daysVisited());
        lacking(missing, "postsRead", postsRead, participated.postsRead());
        lacking(missing, "postsWritten", postsWritten, participated.postsWritten());
        lacking(missing, "likesReceived", likesReceived, participated.likesReceived());
        if (participated.daysSinceSanction() != null) {
            lacking(missing, "daysWithoutSanction", cleanDays, participated.daysSinceSanction());
        }
        return missing;
    }

    private static void lacking(List<Missing> missing, String requirement, long needed, long have) {
        if (have < needed) {
            missing.add(new Missing(requirement, needed, have));
        }
    }
}
