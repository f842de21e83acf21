package org.symbiose.plugins.forum;

/** Moves a topic to another category (request body of {@code PUT topics/{id}/category}). */
public class MoveInput extends ModeratorNote {
    /** The category the topic goes to, required. */
    public Long category;
}
