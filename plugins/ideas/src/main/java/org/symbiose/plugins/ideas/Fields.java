package org.symbiose.plugins.ideas;

import java.util.List;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;

/** Checks of the values inputs share (texts, tags): 400 naming the field, before anything is written. */
public final class Fields {

    private Fields() {
    }

    /** The text stripped; 400 on {@code field} when blank (if required) or longer than {@code max}. */
    public static String text(String value, String field, int max, boolean required) {
        String stripped = value == null ? "" : value.strip();
        if (required && stripped.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, field, field + " cannot be empty");
        }
        if (stripped.length() > max) {
            throw new ProblemException(ProblemType.VALIDATION, field, field + " is longer than " + max + " characters");
        }
        return stripped;
    }

    /** Tags lower-cased and without repeats; 400 when too many or too long. */
    public static List<String> tags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        if (tags.size() > ContentStore.MAX_TAGS) {
            throw new ProblemException(ProblemType.VALIDATION, "tags", "At most " + ContentStore.MAX_TAGS + " tags");
        }
        return tags.stream().map(t -> text(t, "tags", ContentStore.MAX_TAG, true).toLowerCase()).distinct().toList();
    }
}
