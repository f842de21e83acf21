package org.symbiose.core.content;

import java.util.List;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;

/**
 * Who hears about items' changes: the plugins' listeners, in the server. The store reports each
 * change inside its transaction; the listener side decides when to pass it on.
 */
public interface ContentEvents {

    /** For a store without listeners (tests outside a container). */
    ContentEvents NONE = new ContentEvents() {
        @Override
        public void changed(Item item, ItemStatus previous, Change change) {
        }

        @Override
        public List<String> deletionRefusals(Item item) {
            return List.of();
        }

        @Override
        public void flagged(Item item, String reason) {
        }

        @Override
        public void imported(List<Item> items) {
        }
    };

    /** What happened to an item. */
    enum Change { CREATED, EDITED, STATUS_CHANGED }

    /** An item changed; {@code previous} is its status before, for a status change. */
    void changed(Item item, ItemStatus previous, Change change);

    /** A member flagged an item, for {@code reason} (SPAM, OFFENSIVE, ...); passed on once committed. */
    void flagged(Item item, String reason);

    /** Items were imported in bulk (inside the batch's transaction): plugins bring their derived data up to date. */
    void imported(List<Item> items);

    /** Why an item may not be deleted, one reason per refusing listener; empty to allow it. */
    List<String> deletionRefusals(Item item);
}
