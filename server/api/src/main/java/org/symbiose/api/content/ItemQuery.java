package org.symbiose.api.content;

import java.util.Map;
import java.util.Set;

/**
 * Which items to list, in which order ({@link ItemOrder#NEWEST} unless said), one page at a time.
 * Null components do not filter.
 *
 * @param type       only items of this type
 * @param parentId   only children of this item
 * @param authorId   only items by this member
 * @param tag        only items with this tag
 * @param attributes only items whose attributes have these values (compared as text)
 * @param statuses   only items in these statuses; null or empty means published only
 * @param before     the cursor: the {@code next} of the previous page, whose meaning depends on the order
 * @param limit      at most this many items, between 1 and {@link #MAX_LIMIT}
 * @param order      the order of the items; null means {@link ItemOrder#NEWEST}
 */
public record ItemQuery(
        String type,
        Long parentId,
        Long authorId,
        String tag,
        Map<String, String> attributes,
        Set<ItemStatus> statuses,
        Long before,
        int limit,
        ItemOrder order) {

    /** The largest page a query returns. */
    public static final int MAX_LIMIT = 100;

    public ItemQuery {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        statuses = statuses == null || statuses.isEmpty() ? Set.of(ItemStatus.PUBLISHED) : Set.copyOf(statuses);
        order = order == null ? ItemOrder.NEWEST : order;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
    }

    /** A query listing newest first. */
    public ItemQuery(String type, Long parentId, Long authorId, String tag, Map<String, String> attributes,
            Set<ItemStatus> statuses, Long before, int limit) {
        this(type, parentId, authorId, tag, attributes, statuses, before, limit, ItemOrder.NEWEST);
    }

    /** Published items of one type, first page. */
    public static ItemQuery ofType(String type, int limit) {
        return new ItemQuery(type, null, null, null, null, null, null, limit);
    }
}
