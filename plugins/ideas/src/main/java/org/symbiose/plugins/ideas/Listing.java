package org.symbiose.plugins.ideas;

import java.util.List;

/**
 * One page of a list: its items and the cursor of the next page, or null at the end.
 *
 * @param <T> what is listed
 */
public record Listing<T>(List<T> items, Long next) {

    public Listing {
        items = List.copyOf(items);
    }
}
