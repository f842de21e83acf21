package org.symbiose.core.plugin;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;

/**
 * Plugin ids that the core's own paths take ({@code admin}, {@code items}, {@code search}, …): a
 * plugin of that id would be shadowed by the core's resource under {@code /api/v1/} or the site,
 * or half-served. Such a plugin is refused at upload, and one dropped into the folder never
 * resolves (a resolver hook), so it contributes nothing and its diagnosis says why.
 */
final class ReservedIds implements ResolverHookFactory {

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

    @Override
    public ResolverHook begin(Collection<BundleRevision> triggers) {
        return new ResolverHook() {
            @Override
            public void filterResolvable(Collection<BundleRevision> candidates) {
                candidates.removeIf(revision -> reserved(revision.getSymbolicName()));
            }

            @Override
            public void filterSingletonCollisions(BundleCapability singleton, Collection<BundleCapability> candidates) {
            }

            @Override
            public void filterMatches(BundleRequirement requirement, Collection<BundleCapability> candidates) {
            }

            @Override
            public void end() {
            }
        };
    }
}
