package org.symbiose.plugins.ideas.vote;

/**
 * What a vote or its withdrawal leaves: the idea's count, whether the member supports it, and
 * their budget in its box.
 */
public record VoteOutcome(long votes, boolean voted, Budget budget) {
}
