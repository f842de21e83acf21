package org.symbiose.api.content;

/** The item changed since the caller read it: read it again and redo the change. */
public class StaleItemException extends ContentException {
    private static final long serialVersionUID = 1L;
    private final long currentVersion;

    public StaleItemException(long id, long expected, long current) {
        super("Item " + id + " is at version " + current + ", not " + expected);
        this.currentVersion = current;
    }

    /** The version the item has now. */
    public long currentVersion() {
        return currentVersion;
    }
}
