package org.symbiose.plugins.faq.helpful;

/** A vote (request body of {@code POST entries/{id}/votes}). */
public class VoteInput {
    /** Required: whether the entry helped. */
    public Boolean helpful;
    /** Optional, plain text, at most {@value HelpfulVotes#MAX_COMMENT} characters; only the owner reads it. */
    public String comment;

    public VoteInput() {
    }

    public VoteInput(Boolean helpful, String comment) {
        this.helpful = helpful;
        this.comment = comment;
    }
}
