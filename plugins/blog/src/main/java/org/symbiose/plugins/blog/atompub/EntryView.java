package org.symbiose.plugins.blog.atompub;

import java.time.Instant;
import java.util.List;

/**
 * An entry as AtomPub answers it: a post, or the media link entry of an uploaded file.
 *
 * @param id         its permanent id ({@code urn:symbiose:blog:post:42})
 * @param title      the title
 * @param body       the Markdown, sent as {@code text/markdown} content so that an edit round-trips it unchanged;
 *                   for a media link entry, empty
 * @param summary    the excerpt, may be empty
 * @param categories category terms
 * @param author     the author's public name
 * @param published  when it was (or is to be) published, or null for a draft
 * @param updated    when it last changed
 * @param draft      whether it is not public yet
 * @param edit       the member URI (GET, PUT, DELETE)
 * @param alternate  its page on the site, or null
 * @param media      for a media link entry, the file; else null
 */
public record EntryView(String id, String title, String body, String summary, List<String> categories, String author,
        Instant published, Instant updated, boolean draft, String edit, String alternate, Media media) {

    public EntryView {
        categories = List.copyOf(categories);
    }

    /**
     * The media resource a media link entry describes.
     *
     * @param src       where the file is served
     * @param type      its media type
     * @param editMedia where it is replaced or removed
     */
    public record Media(String src, String type, String editMedia) {
    }
}
