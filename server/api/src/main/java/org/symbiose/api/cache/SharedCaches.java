package org.symbiose.api.cache;

import java.util.function.ToIntFunction;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Where caches are had: a service in the registry. Each plugin has its own name space, so two
 * plugins' caches of one name are two caches.
 */
@ProviderType
public interface SharedCaches {

    /**
     * The cache {@code name}, made on the first call with at most {@code capacity} values on
     * this node; later calls with the same name return the same cache (their capacity is not
     * used). When full, the values read least often and least recently leave first.
     *
     * @param name     lower case letters, digits, dots and dashes, at most 60
     * @param capacity how many values this node keeps at most, at least 1
     * @throws IllegalArgumentException if the name or the capacity is not as described
     */
    <K, V> SharedCache<K, V> cache(String name, int capacity);

    /**
     * The cache {@code name} bounded by what its values weigh rather than by their number: for
     * values of very different sizes (a topic with its replies), so that the cache holds as many
     * as fit in a part of the heap. Made on the first call; later calls with the same name return
     * the same cache. When full, the values read least often and least recently leave first.
     *
     * @param name    lower case letters, digits, dots and dashes, at most 60
     * @param budget  the most all values on this node may weigh together, at least 1
     * @param weigher what one value weighs, in the unit of {@code budget} (approximate bytes on
     *                the heap, say); asked once, when the value is kept
     * @throws IllegalArgumentException if the name or the budget is not as described
     * @since 1.1
     */
    <K, V> SharedCache<K, V> weighedCache(String name, long budget, ToIntFunction<? super V> weigher);
}
