package org.symbiose.plugins.blog.atompub;

import java.time.Instant;
import java.util.List;

/**
 * What an AtomPub client sent as an entry (RFC 5023 §9.2), in the blog's terms.
 *
 * @param title      the title as text
 * @param body       the post's Markdown: Atom {@code text} and {@code text/markdown} content as is; {@code html} and
 *                   {@code xhtml} as HTML, which Markdown carries and the store sanitizes
 * @param summary    the excerpt, may be empty
 * @param categories the category terms
 * @param draft      whether {@code app:control/app:draft} says yes
 * @param published  the date asked for publication ({@code atom:published}), or null
 */
public record EntryInput(String title, String body, String summary, List<String> categories, boolean draft, Instant published) {

    public EntryInput {
        categories = List.copyOf(categories);
    }
}
