package org.symbiose.plugins.faq.site;

import java.util.Map;
import java.util.function.Supplier;
import org.symbiose.api.content.ContentException;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.spi.site.PageAction;
import org.symbiose.spi.site.PageNotFoundException;

/** Runs a page form's action and turns the services' refusals into problems shown on the form. */
final class FormActions {

    private FormActions() {
    }

    /** {@code action} answers where to go next; a refusal keeps the visitor on the form with its reason. */
    static PageAction attempt(Supplier<String> action) {
        try {
            return PageAction.done(action.get());
        } catch (ProblemException | ContentException | PageNotFoundException e) {
            return PageAction.refused(Map.of("", e.getMessage()));
        }
    }
}
