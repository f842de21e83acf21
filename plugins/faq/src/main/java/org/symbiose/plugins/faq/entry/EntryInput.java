package org.symbiose.plugins.faq.entry;

import java.util.List;

/**
 * An entry as a writer writes it (request body of {@code POST entries} and {@code PATCH
 * entries/{id}}). On an edit, a null field leaves that part as it is.
 */
public class EntryInput {
    /** Its section; {@code 0} (on an edit) files it nowhere. */
    public Long sectionId;
    /** Required on creation, at most 300 characters. */
    public String question;
    /** Markdown, required on creation; images are files of {@code /api/v1/files}. */
    public String answer;
    public List<String> tags;
    /** Plain text, at most 200 characters. */
    public String appliesTo;
    /** {@code fr} or {@code en}, required on creation; cannot change while a translation is linked. */
    public String language;
    /** Its place in its section. */
    public Integer position;
    /** The member who keeps it up to date; editors only. The writer by default. */
    public Long ownerId;
    /** DRAFT (default), IN_REVIEW, or PUBLISHED (editors only). */
    public EntryState state;
    /** For an edit: the version read (or If-Match). */
    public Long version;

    public EntryInput() {
    }

    public EntryInput(String question, String answer, String language, EntryState state) {
        this.question = question;
        this.answer = answer;
        this.language = language;
        this.state = state;
    }
}
