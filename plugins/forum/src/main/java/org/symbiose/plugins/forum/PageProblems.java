package org.symbiose.plugins.forum;

import jakarta.ws.rs.WebApplicationException;
import java.util.Map;
import java.util.function.Supplier;
import org.symbiose.api.content.ContentException;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.spi.site.PageAction;

/** Runs a page form's action and turns the forum's refusals into problems shown on the form. */
final class PageProblems {

    private PageProblems() {
    }

    static PageAction attempt(Supplier<String> action) {
        try {
            return PageAction.done(action.get());
        } catch (InvalidItemException e) {
            return PageAction.refused(Map.of(e.field(), e.getMessage()));
        } catch (ContentException | ProblemException | WebApplicationException e) {
            return PageAction.refused(Map.of("", e.getMessage()));
        }
    }
}
