package org.symbiose.core.search.index;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One content item as the index sees it.
 *
 * @param language "fr", "en", or null to detect it from the title and text
 * @param status   PUBLISHED, PENDING_REVIEW, HIDDEN or DELETED
 * @param place    the place the item lives in, null when public
 * @param link     where the item is shown, may be null
 */
public record IndexedItem(long id, String type, String plugin, Long parentId, long authorId, String authorName,
        String language, String title, String text, List<String> tags, Map<String, String> facets,
        String status, String place, String link, Instant created) {

    public IndexedItem {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        tags = tags == null ? List.of() : List.copyOf(tags);
        facets = facets == null ? Map.of() : Map.copyOf(facets);
        created = created == null ? Instant.EPOCH : created;
    }
}
