package org.symbiose.spi.site;

import java.util.Map;
import java.util.function.Supplier;
import org.symbiose.api.content.ContentException;
import org.symbiose.api.rest.ProblemException;

/**
 * What an action did: where to go next, or why it was refused.
 *
 * @param redirect the address to show next (relative to the site root, e.g.
 *                 {@code /p/forum/topic.xhtml?id=12}), or {@code null} when refused
 * @param problems what was wrong, by form field name ({@code ""} for the form as a whole); the form
 *                 lists them with {@code <h:messages/>}, and the page's message area does not
 *                 repeat them
 */
public record PageAction(String redirect, Map<String, String> problems) {

    public PageAction {
        problems = Map.copyOf(problems);
    }

    public static PageAction done(String redirect) {
        return new PageAction(redirect, Map.of());
    }

    public static PageAction refused(Map<String, String> problems) {
        return new PageAction(null, problems);
    }

    /**
     * Runs a form's action: {@code action} answers where to go next; a refusal of the services (a
     * {@link ProblemException}, {@link ContentException} or {@link PageNotFoundException}) keeps the
     * visitor on the form with its reason.
     *
     * @since 1.4
     */
    public static PageAction attempt(Supplier<String> action) {
        try {
            return done(action.get());
        } catch (ProblemException | ContentException | PageNotFoundException e) {
            return refused(Map.of("", e.getMessage()));
        }
    }
}
