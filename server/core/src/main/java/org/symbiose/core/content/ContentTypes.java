package org.symbiose.core.content;

import org.symbiose.api.content.ItemDraft;

/**
 * The rules plugins' content types add to the store: checked inside the store's transaction,
 * before anything is written.
 */
public interface ContentTypes {

    /** For a store without plugins (tests outside a container): every type is free. */
    ContentTypes NONE = new ContentTypes() {
        @Override
        public void check(ItemDraft item) {
        }

        @Override
        public void requireWritable(String type) {
        }
    };

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
}
