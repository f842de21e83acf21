package org.symbiose.core.plugin;

import java.util.Map;
import java.util.Optional;

/**
 * Plugin ids that the core's own paths take ({@code admin}, {@code items}, {@code search}, …): a
 * plugin of that id would be shadowed by the core's resource under {@code /api/v1/} or the site,
 * or half-served. Such a plugin is refused at upload; one dropped into the folder is treated as
 * switched off (no endpoint, page or service of it is used) and its diagnosis says why. Not a
 * resolver hook: Felix fails a whole resolve batch when a hook refuses one of its bundles, which
 * would keep the other plugins of the batch down too.
 */
final class ReservedIds {

    /** Each reserved id, with the core path that takes it. */
    private volatile Map<String, String> paths = Map.of();

    void reserve(Map<String, String> corePaths) {
        paths = Map.copyOf(corePaths);
    }

    boolean reserved(String id) {
        return id != null && paths.containsKey(id);
    }

    /** Why {@code id} cannot be a plugin's, if it cannot. */
    Optional<String> refusal(String id) {
        String path = id == null ? null : paths.get(id);
        return Optional.ofNullable(path).map(p -> "The plugin id \"" + id + "\" is the core's own path " + p
                + ": the plugin would be shadowed by it; give it another Bundle-SymbolicName");
    }
}
