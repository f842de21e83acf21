package org.symbiose.core.content;

import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;

/**
 * The rules plugins' content types add to the store: checked inside the store's transaction,
 * before anything is written.
 */
public interface ContentTypes {

    /** For a store without plugins (tests outside a container): every type is free. */
    ContentTypes NONE = new Free();

    /**
     * Checks an item, as it would be stored, against its type.
     *
     * @throws org.symbiose.api.content.InvalidItemException  if the type finds a problem
     * @throws org.symbiose.api.content.ReadOnlyItemException if the type's plugin is absent
     */
    void check(ItemDraft item);

    /**
     * @throws org.symbiose.api.content.ReadOnlyItemException if the type's plugin is absent
     */
    void requireWritable(String type);

    /** Whether the type's plugin lets this viewer read the item through the core's endpoints. */
    boolean readable(Item item, Long viewerId);

    /** Whether members may write items of this type through the core's endpoints. */
    boolean writableThroughCore(String type);

    /**
     * The types whose items are active by their own publication, not their children's
     * ({@link org.symbiose.spi.content.ContentType#activeByChildren}); usually none.
     */
    default java.util.Set<String> activeByThemselves() {
        return java.util.Set.of();
    }

    /** Every type free: no checks, readable and writable by anyone; a test extends it to change one rule. */
    class Free implements ContentTypes {
        @Override
        public void check(ItemDraft item) {
        }

        @Override
        public void requireWritable(String type) {
        }

        @Override
        public boolean readable(Item item, Long viewerId) {
            return true;
        }

        @Override
        public boolean writableThroughCore(String type) {
            return true;
        }
    }
}
