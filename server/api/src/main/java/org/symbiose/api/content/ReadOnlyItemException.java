package org.symbiose.api.content;

/** The plugin that defines the item's type is not active: its items are kept and shown, not changed. */
public class ReadOnlyItemException extends ContentException {
    private static final long serialVersionUID = 1L;

    public ReadOnlyItemException(String type) {
        super("Items of type " + type + " are read-only while the plugin that defines them is not active");
    }
}
