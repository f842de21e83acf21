package org.symbiose.plugins.ideas.search;

/** An idea of the box whose title resembles what a member is typing: vote for it rather than post a duplicate. */
public record SimilarIdea(long id, String title, long votes, String status) {
}
