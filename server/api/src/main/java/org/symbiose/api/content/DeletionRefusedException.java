package org.symbiose.api.content;

/** A plugin refused to let an item be deleted; nothing was changed. */
public class DeletionRefusedException extends ContentException {
    private static final long serialVersionUID = 1L;

    public DeletionRefusedException(long id, String reasons) {
        super("Item " + id + " cannot be deleted: " + reasons);
    }
}
