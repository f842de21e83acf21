package org.symbiose.api.content;

/** No item has the given id. */
public class ItemNotFoundException extends ContentException {
    private static final long serialVersionUID = 1L;

    public ItemNotFoundException(long id) {
        super("No item has id " + id);
    }
}
