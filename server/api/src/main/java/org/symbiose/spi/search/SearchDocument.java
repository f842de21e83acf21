package org.symbiose.spi.search;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.symbiose.api.content.Item;

/**
 * An item as the search index sees it.
 *
 * @param title    the title, searched with a higher weight and shown in results
 * @param text     the searchable text, plain (Markdown is fine: its marks are not words)
 * @param language {@code fr} or {@code en}, or {@code null} to let the index detect it
 * @param place    where the item lives for reading rights, in the plugin's name space (e.g.
 *                 {@code forum.category.12}), or {@code null} when everyone who may read the
 *                 item's status may read it
 * @param link     the site address that shows the item, or {@code null}
 * @param facets   extra facet values, by facet name (e.g. {@code category})
 */
public record SearchDocument(String title, String text, String language, String place, String link,
        Map<String, String> facets) {

    public SearchDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        facets = Map.copyOf(facets);
    }

    /** The default: the item's title and body, language detected, no place, no link. */
    public static SearchDocument of(Item item) {
        return new SearchDocument(item.title(), item.body(), null, null, null, Map.of());
    }

    public SearchDocument withLanguage(String language) {
        return new SearchDocument(title, text, language, place, link, facets);
    }

    public SearchDocument withPlace(String place) {
        return new SearchDocument(title, text, language, place, link, facets);
    }

    public SearchDocument withLink(String link) {
        return new SearchDocument(title, text, language, place, link, facets);
    }

    public SearchDocument withFacet(String name, String value) {
        Map<String, String> more = new HashMap<>(facets);
        more.put(name, value);
        return new SearchDocument(title, text, language, place, link, more);
    }
}
