package org.symbiose.spi.content;

import java.util.Map;
import org.symbiose.api.content.ItemDraft;

/**
 * The checks most content types make in {@link ContentType#problems}, in the order given: the
 * first that fails is the one problem reported, the others are not looked at.
 *
 * <pre>{@code
 * return DraftChecks.of(item).parent("A reply belongs to a topic").body("A reply cannot be empty").problems();
 * }</pre>
 *
 * @since 1.6
 */
public final class DraftChecks {

    private final ItemDraft draft;
    private Map<String, String> problems = Map.of();

    private DraftChecks(ItemDraft draft) {
        this.draft = draft;
    }

    /** Checks for {@code draft}, none failed yet. */
    public static DraftChecks of(ItemDraft draft) {
        return new DraftChecks(draft);
    }

    /** The draft must have a parent ({@code parentId}), else {@code problem}. */
    public DraftChecks parent(String problem) {
        return check(draft.parentId() != null, "parentId", problem);
    }

    /** The title must not be blank, else {@code problem}. */
    public DraftChecks title(String problem) {
        return check(!draft.title().isBlank(), "title", problem);
    }

    /** The body must not be blank, else {@code problem}. */
    public DraftChecks body(String problem) {
        return check(!draft.body().isBlank(), "body", problem);
    }

    /** The first failed check as field name to message, empty when all passed. */
    public Map<String, String> problems() {
        return problems;
    }

    private DraftChecks check(boolean passes, String field, String problem) {
        if (problems.isEmpty() && !passes) {
            problems = Map.of(field, problem);
        }
        return this;
    }
}
