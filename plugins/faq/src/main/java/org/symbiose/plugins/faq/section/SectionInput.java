package org.symbiose.plugins.faq.section;

import java.util.Map;

/**
 * A section as an editor writes it (request body of {@code POST sections} and
 * {@code PATCH sections/{id}}). On an edit, a null field leaves that part as it is.
 */
public class SectionInput {
    /** The parent section; {@code 0} (on an edit) moves the section to the top. */
    public Long parentId;
    /** Title per language, {@code fr} and/or {@code en}; at least one on creation. */
    public Map<String, String> titles;
    /** Its place among its siblings, smallest first. */
    public Integer position;
    /** For an edit: the version read (or If-Match). */
    public Long version;

    public SectionInput() {
    }

    public SectionInput(Long parentId, Map<String, String> titles, Integer position) {
        this.parentId = parentId;
        this.titles = titles;
        this.position = position;
    }
}
