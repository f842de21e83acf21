package org.symbiose.spi.site;

import java.util.Map;

/**
 * What an action did: where to go next, or why it was refused.
 *
 * @param redirect the address to show next (relative to the site root, e.g.
 *                 {@code /p/forum/topic.xhtml?id=12}), or {@code null} when refused
 * @param problems what was wrong, by form field name ({@code ""} for the form as a whole)
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
}
