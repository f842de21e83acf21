package org.symbiose.api.content;

import java.util.List;

/**
 * One page of a query's items.
 *
 * @param items the items, in the query's order
 * @param next  the cursor for the next page ({@link ItemQuery#before()}), or null on the last page
 */
public record ItemPage(List<Item> items, Long next) {
    public ItemPage {
        items = List.copyOf(items);
    }
}
