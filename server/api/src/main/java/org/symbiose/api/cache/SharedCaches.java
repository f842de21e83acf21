package org.symbiose.api.cache;

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
}
