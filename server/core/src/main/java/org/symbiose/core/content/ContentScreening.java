package org.symbiose.core.content;

/**
 * The moderation rules the store applies to what members write, before anything is written:
 * text may be censored, the item held for review, or the write refused.
 */
public interface ContentScreening {

    /** The hold reason of an item its plugin created for review (a pre-moderated blog's comment). */
    String ASKED = "its place asks for review before publication";

    /** For a store without moderation (tests outside a container): everything passes as written. */
    ContentScreening NONE = new ContentScreening() {
        @Override
        public Screened screen(String title, String body, long authorId, boolean creating) {
            return new Screened(title, body, null);
        }

        @Override
        public void held(long itemId, String reason) {
        }

        @Override
        public void published(long authorId) {
        }
    };

    /**
     * What to store of a title and body written by {@code authorId}; a null part stays null.
     *
     * @param creating true for a new item (rules for newcomers apply), false for an edit
     * @throws org.symbiose.api.content.InvalidItemException if a rule refuses the text
     */
    Screened screen(String title, String body, long authorId, boolean creating);

    /** An item was stored held for review, in the writing transaction. */
    void held(long itemId, String reason);

    /** A new item of {@code authorId} was stored published, in the writing transaction: a post written. */
    void published(long authorId);

    /**
     * Text as it will be stored.
     *
     * @param title      the title, maybe censored
     * @param body       the body, maybe censored
     * @param holdReason why the item waits for review, or null to publish it
     */
    record Screened(String title, String body, String holdReason) {
    }
}
