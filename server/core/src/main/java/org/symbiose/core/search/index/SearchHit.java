package org.symbiose.core.search.index;

import java.time.Instant;
import java.util.List;

/**
 * One found item.
 *
 * @param snippetHtml an HTML-escaped fragment of the text (or title) with the matched words in {@code <mark>}
 */
public record SearchHit(long id, String type, String plugin, String title, String snippetHtml, String authorName,
        long authorId, List<String> tags, String link, Instant created, float score) {
}
