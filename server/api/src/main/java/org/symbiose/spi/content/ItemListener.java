package org.symbiose.spi.content;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;

/**
 * Hears what happens to items. Register one implementation per plugin as an OSGi service;
 * override only the methods you need.
 *
 * <p>{@link #created}, {@link #edited} and {@link #statusChanged} are called after the change is
 * committed, on a worker thread, never for a change that rolled back. A listener that throws or
 * hangs is recorded against its plugin and cannot stop the change or other listeners.
 */
@ConsumerType
public interface ItemListener {

    /** An item was created. */
    default void created(Item item) {
    }

    /** An item's content was edited. */
    default void edited(Item item) {
    }

    /** An item moved from {@code previous} to its current status (published, hidden, deleted…). */
    default void statusChanged(Item item, ItemStatus previous) {
    }

    /**
     * A member flagged the item (committed); {@code reason} is SPAM, OFFENSIVE, OFF_TOPIC,
     * ILLEGAL or OTHER. The item may have been hidden by the flag weight.
     */
    default void flagged(Item item, String reason) {
    }

    /**
     * Items were written in bulk by an import (called per batch of up to a few thousand, in the order
     * written, parents before their children), instead of {@link #created} for each: bring what the plugin
     * derives from its items (counters, caches) up to date, as {@link #created} and the plugin's own writes
     * would have. The items are new: none was seen before. Called on the import's thread inside the batch's
     * transaction, before it commits: derived data written in it (e.g. {@code PluginData.incrementAll})
     * commits with the items or not at all, so a crash never leaves it short; caches dropped are dropped
     * when it commits.
     *
     * @since 1.4
     */
    default void imported(List<Item> items) {
    }

    /**
     * Asked, inside the deleting transaction, before an item is deleted: a reason refuses the
     * deletion (for example "a topic with replies cannot be deleted"). Answer quickly: a listener
     * that takes longer than two seconds is not waited for.
     */
    default Optional<String> refuseDeletion(Item item) {
        return Optional.empty();
    }
}
