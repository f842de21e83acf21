package org.symbiose.plugins.faq.entry;

import java.util.List;

/**
 * One page of entries, newest first.
 *
 * @param items the entries
 * @param next  the {@code before} cursor of the next page, or null on the last one
 */
public record EntryList(List<Entry> items, Long next) {
    public EntryList {
        items = List.copyOf(items);
    }
}
