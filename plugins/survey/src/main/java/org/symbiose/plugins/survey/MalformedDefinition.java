package org.symbiose.plugins.survey;

/**
 * A stored or sent map that is not of a survey's shape (a list where a map should be, a question
 * type nobody knows): a REST layer answers it as {@code malformed-body} (400), since it is the
 * JSON's shape that is wrong, not a choice the manager made. {@link #path()} says where, such as
 * {@code pages[1].questions[0].type}.
 */
public class MalformedDefinition extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String path;

    public MalformedDefinition(String path, String detail) {
        super(path + ": " + detail);
        this.path = path;
    }

    /** Where in the map it went wrong. */
    public String path() {
        return path;
    }
}
