package org.symbiose.plugins.forum;

/** Accepts an answer (request body of {@code PUT topics/{id}/accepted}). */
public class AcceptInput {
    /** The reply that answers the question. */
    public Long reply;
}
