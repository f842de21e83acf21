package org.symbiose.core.search.index;

/**
 * An as-you-type completion.
 *
 * @param kind "title" or "tag"
 * @param id   the item id for a title, null for a tag
 */
public record Suggestion(String text, String kind, Long id) {
}
