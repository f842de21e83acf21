package org.symbiose.api.search;

/**
 * A completion offered as the viewer types.
 *
 * @param text what to show and search for
 * @param kind {@code title} or {@code tag}
 * @param id   the item whose title it is, {@code null} for a tag
 */
public record Suggestion(String text, String kind, Long id) {
}
