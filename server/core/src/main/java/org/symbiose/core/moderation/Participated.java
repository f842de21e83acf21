package org.symbiose.core.moderation;

/**
 * A member's participation, as trust levels measure it.
 *
 * @param daysVisited       days on which they came, signed in
 * @param postsRead         posts they read
 * @param postsWritten      their published posts
 * @param likesReceived     likes others gave their posts
 * @param daysSinceSanction whole days since their last sanction still in force, or null if none
 */
public record Participated(int daysVisited, long postsRead, long postsWritten, long likesReceived, Long daysSinceSanction) {
}
