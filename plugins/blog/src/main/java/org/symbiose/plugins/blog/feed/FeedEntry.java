package org.symbiose.plugins.blog.feed;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a {@link Feed}: a post, or a comment.
 *
 * @param id         stable whatever the entry's title or address becomes (Atom's {@code id}, RSS's {@code guid})
 * @param title      the post's title, or what a comment answers
 * @param link       the page showing it
 * @param author     the author's display name
 * @param published  when it appeared
 * @param updated    when it last changed (never before {@code published})
 * @param summary    plain text, short; may be empty
 * @param html       the whole text as HTML, already sanitized
 * @param categories the post's categories and tags
 */
public record FeedEntry(String id, String title, URI link, String author, Instant published, Instant updated,
        String summary, String html, List<String> categories) {

    public FeedEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(published, "published");
        author = author == null || author.isBlank() ? "?" : author;
        updated = updated == null || updated.isBefore(published) ? published : updated;
        summary = summary == null ? "" : summary;
        html = html == null ? "" : html;
        categories = List.copyOf(categories);
    }
}
