package org.symbiose.plugins.forum;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items      this page
 * @param next       for lists paged by cursor: the {@code before} of the next page, or null at the end
 * @param nextOffset for lists paged by offset: the {@code offset} of the next page, or null at the end
 * @param <T>        what is listed
 */
public record Listing<T>(List<T> items, Long next, Integer nextOffset) {

    public Listing {
        items = List.copyOf(items);
    }

    /** A page of a list paged by cursor. */
    public static <T> Listing<T> byCursor(List<T> items, Long next) {
        return new Listing<>(items, next, null);
    }

    /**
     * The page at {@code offset} of a list of which this is the beginning, paged by offset: there
     * is a next page if this holds more items, or says more follow.
     */
    public Listing<T> within(int offset, int limit) {
        int from = Math.min(offset, items.size());
        int to = Math.min(from + limit, items.size());
        boolean more = to < items.size() || next != null || nextOffset != null;
        return new Listing<>(items.subList(from, to), null, more ? to : null);
    }

    /** Whether the page at {@code offset} lies within this beginning of a list. */
    public boolean holds(int offset, int limit) {
        return offset + limit <= items.size() || next == null && nextOffset == null;
    }

    /** The page at {@code offset} of a list held whole. */
    public static <T> Listing<T> byOffset(List<T> all, int offset, int limit) {
        int from = Math.min(offset, all.size());
        int to = Math.min(from + limit, all.size());
        return new Listing<>(all.subList(from, to), null, to < all.size() ? to : null);
    }
}
