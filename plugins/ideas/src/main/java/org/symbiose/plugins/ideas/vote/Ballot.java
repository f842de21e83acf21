package org.symbiose.plugins.ideas.vote;

/**
 * One member's vote for one idea, as kept in the plugin's data.
 *
 * @param memberId the voter
 * @param charged  whether it still counts against the voter's budget: false once it came back
 *                 (its idea reached a closed status)
 */
public record Ballot(long memberId, boolean charged) {
}
