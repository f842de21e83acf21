package org.symbiose.plugins.faq.section;

import java.util.Map;

/**
 * A section of the FAQ, as the REST API and the pages show it.
 *
 * @param id       its item id
 * @param parentId the section it is in, or null at the top
 * @param title    its title in the first language it was given in
 * @param titles   its title per language ({@code fr}, {@code en}); a page shows the reader's, else {@code title}
 * @param position its place among its siblings, smallest first (ties by id)
 * @param depth    0 at the top, 1 for a section in a top section, …
 * @param version  the item's version, for {@code If-Match}
 */
public record Section(long id, Long parentId, String title, Map<String, String> titles, int position, int depth,
        long version) {

    public Section {
        titles = Map.copyOf(titles);
    }

    /** Its title in {@code language}, else its first one. */
    public String titleIn(String language) {
        return titles.getOrDefault(language, title);
    }
}
