package org.symbiose.api.search;

import java.time.Instant;
import java.util.List;

/**
 * One item found.
 *
 * @param id          the item's id in the content store
 * @param type        its content type, e.g. {@code forum.topic}
 * @param plugin      the plugin that owns the type
 * @param title       its title, maybe empty
 * @param snippetHtml a short extract with the matched words in {@code <mark>}; all else escaped
 * @param authorName  the author's display name
 * @param authorId    the author's member id
 * @param tags        its tags
 * @param link        where the item is shown on the site, or {@code null} if its plugin says none
 * @param created     when it was created
 * @param score       its relevance for this query (0 when sorted by date)
 */
public record SearchHit(long id, String type, String plugin, String title, String snippetHtml, String authorName,
        long authorId, List<String> tags, String link, Instant created, float score) {

    public SearchHit {
        tags = List.copyOf(tags);
    }
}
