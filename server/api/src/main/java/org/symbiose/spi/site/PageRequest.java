package org.symbiose.spi.site;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request for a plugin page.
 *
 * @param parameters the query and form parameters
 * @param viewerId   the signed-in member, or {@code null} for a visitor
 * @param canPost    whether the viewer may write (signed in, not silenced)
 * @param locale     the page language, fr or en
 */
public record PageRequest(Map<String, List<String>> parameters, Long viewerId, boolean canPost, Locale locale) {

    public PageRequest {
        parameters = Map.copyOf(parameters);
    }

    /** The first value of parameter {@code name}, if present. */
    public Optional<String> parameter(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    /** Parameter {@code name} as a whole number, if present and one. */
    public Optional<Long> number(String name) {
        try {
            return parameter(name).map(String::strip).map(Long::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
