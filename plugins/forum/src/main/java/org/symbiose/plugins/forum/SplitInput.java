package org.symbiose.plugins.forum;

import java.util.List;

/** Splits replies off into a new topic (request body of {@code POST topics/{id}/split}). */
public class SplitInput extends ModeratorNote {
    /** The replies to split off, required; the oldest opens the new topic. */
    public List<Long> replies;
    /** The new topic's title, required. */
    public String title;
    /** The new topic's category, required. */
    public Long category;
}
