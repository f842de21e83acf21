package org.symbiose.plugins.survey;

/**
 * A sent or stored map that is not of the shape of a survey or a response (a list where a map
 * should be, a question type nobody knows): a REST layer answers it as {@code malformed-body}
 * (400), since it is the JSON's shape that is wrong, not a choice the manager made (those are
 * {@link SurveyProblem}s, 422). {@link #path()} says where, such as {@code pages[1].questions[0].type}.
 */
public class MalformedShape extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String path;

    public MalformedShape(String path, String detail) {
        super(path + ": " + detail);
        this.path = path;
    }

    /** Where in the map it went wrong. */
    public String path() {
        return path;
    }
}
