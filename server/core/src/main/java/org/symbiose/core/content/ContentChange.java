package org.symbiose.core.content;

import java.util.SortedSet;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.api.content.ItemEdit;

/**
 * New content for an item that passed the content rules; a null part leaves that part as it is.
 *
 * @param title      the title, or null
 * @param body       the Markdown body, or null
 * @param bodyHtml   the body rendered and sanitized, null with the body
 * @param tags       the tags as stored, or null
 * @param attributes the attributes as stored, or null
 */
record ContentChange(String title, String body, String bodyHtml, SortedSet<String> tags, StoredAttributes attributes) {

    /**
     * Checks every part of {@code edit} that is there.
     *
     * @throws InvalidItemException if a part breaks a content rule
     */
    static ContentChange of(ItemEdit edit, MarkdownRenderer markdown) {
        String body = edit.body() == null ? null : ContentRules.body(edit.body());
        return new ContentChange(
                edit.title() == null ? null : ContentRules.title(edit.title()),
                body,
                body == null ? null : markdown.toHtml(body),
                edit.tags() == null ? null : ContentRules.tags(edit.tags()),
                edit.attributes() == null ? null : StoredAttributes.of(edit.attributes()));
    }
}
