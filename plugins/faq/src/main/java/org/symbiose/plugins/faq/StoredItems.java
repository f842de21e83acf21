package org.symbiose.plugins.faq;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemPage;
import org.symbiose.api.content.ItemQuery;
import org.symbiose.api.content.ItemStatus;

/**
 * Every item of a type, page after page: a FAQ has hundreds of sections and entries, not
 * millions, and its manual orders and freshness ranking need all of them at once.
 */
public final class StoredItems {

    private StoredItems() {
    }

    /** The items of {@code type} in {@code statuses} (null: published), newest first. */
    public static List<Item> all(ContentStore store, String type, Set<ItemStatus> statuses) {
        List<Item> all = new ArrayList<>();
        Long before = null;
        do {
            ItemPage page = store.query(new ItemQuery(type, null, null, null, null, statuses, before, ItemQuery.MAX_LIMIT));
            all.addAll(page.items());
            before = page.next();
        } while (before != null);
        return all;
    }
}
