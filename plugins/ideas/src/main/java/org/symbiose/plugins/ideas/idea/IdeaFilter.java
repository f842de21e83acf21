package org.symbiose.plugins.ideas.idea;

/**
 * Which of a box's ideas to list; null or false components do not filter.
 *
 * @param status only ideas in this status key
 * @param tag    only ideas with this tag
 * @param mine   only the viewer's ideas
 * @param voted  only ideas the viewer voted for
 */
public record IdeaFilter(String status, String tag, boolean mine, boolean voted) {

    /** Every idea. */
    public static final IdeaFilter ALL = new IdeaFilter(null, null, false, false);
}
