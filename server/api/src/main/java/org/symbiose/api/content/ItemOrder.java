package org.symbiose.api.content;

/** The order in which a query lists items, and so what its cursor means. */
public enum ItemOrder {

    /** Newest first, by id; the cursor lists items with a smaller id. */
    NEWEST,

    /** Oldest first, by id (a topic's replies as written); the cursor lists items with a larger id. */
    OLDEST,

    /**
     * Most recently active first ({@link Item#activity()}, then newest first): a category's topics
     * by their last reply. The cursor is the id of the previous page's last item; it lists what
     * was less active than that item is now.
     */
    ACTIVITY,

    /**
     * Highest {@link Item#score()} first, then newest first: the most supported ideas. The cursor
     * is the id of the previous page's last item; it lists what scores below that item now.
     *
     * @since 1.5
     */
    SCORE,

    /**
     * Most supported lately first, then newest first: each up vote counts 1 when it is cast and
     * half as much every {@link #TRENDING_HALF_LIFE_DAYS} days after, so an item many members
     * supported this week comes before one supported long ago; taking an up vote back takes off
     * what it still counted. Items without up votes come last. The cursor is the id of the
     * previous page's last item; it lists what trends below that item now.
     *
     * @since 1.5
     */
    TRENDING;

    /**
     * The days after which an up vote counts half as much in {@link #TRENDING}.
     *
     * @since 1.5
     */
    public static final int TRENDING_HALF_LIFE_DAYS = 7;
}
