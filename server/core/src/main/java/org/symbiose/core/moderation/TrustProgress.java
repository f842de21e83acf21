package org.symbiose.core.moderation;

import java.util.List;

/**
 * A member's trust level and how far they are from the next one, shown to them and to moderators.
 *
 * @param level         0 (new), 1 (basic), 2 (member), 3 (regular) or 4 (leader)
 * @param locked        set by hand: it does not change by itself until unlocked
 * @param paused        silenced or suspended: no promotion meanwhile
 * @param participation what they did so far
 * @param nextLevel     the level they can reach next by participating, or null (locked, or at 3 or 4)
 * @param missing       what they still need for it
 */
public record TrustProgress(int level, boolean locked, boolean paused, Participated participation, Integer nextLevel,
        List<Missing> missing) {
}
