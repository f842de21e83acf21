package org.symbiose.core.cache;

import java.util.function.ToIntFunction;
import org.symbiose.api.cache.SharedCache;
import org.symbiose.api.cache.SharedCaches;

/**
 * One plugin's caches: their names are the plugin's id, a slash, then the name it gives, so no
 * plugin reaches another's or the core's (whose names have no slash). Closed when the plugin
 * stops, which drops them from this node: their values are of the plugin's classes.
 */
public final class PluginCaches implements SharedCaches, AutoCloseable {

    private final String prefix;
    private final ClusterCaches caches;

    PluginCaches(String plugin, ClusterCaches caches) {
        this.prefix = plugin + "/";
        this.caches = caches;
    }

    @Override
    public <K, V> SharedCache<K, V> cache(String name, int capacity) {
        return caches.named(prefix + ClusterCaches.checked(name, capacity), capacity, null);
    }

    @Override
    public <K, V> SharedCache<K, V> weighedCache(String name, long budget, ToIntFunction<? super V> weigher) {
        return caches.named(prefix + ClusterCaches.checked(name, budget), budget, weigher);
    }

    @Override
    public void close() {
        caches.forget(prefix);
    }
}
