package org.symbiose.core.moderation;

/**
 * One requirement of the next trust level a member does not meet yet.
 *
 * @param requirement daysVisited, postsRead, postsWritten, likesReceived or daysWithoutSanction
 * @param needed      what the level asks
 * @param have        what the member has
 */
public record Missing(String requirement, long needed, long have) {
}
