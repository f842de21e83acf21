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
    ACTIVITY
}
