package org.symbiose.plugins.forum;

/** Sets a topic's flag (request body of {@code PUT topics/{id}/pinned} and {@code .../locked}). */
public class FlagInput extends ModeratorNote {
    /** The new value, required. */
    public Boolean value;
}
