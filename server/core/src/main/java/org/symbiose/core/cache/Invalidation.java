package org.symbiose.core.cache;

import java.util.regex.Pattern;

/**
 * What a node tells the others: drop one key of a cache, or all of it. It travels as one string,
 * the cache's name then, after a line feed, the key's string form; a cache's name never holds a
 * line feed, so any key does.
 *
 * @param cache the cache's full name
 * @param key   the key's string form, or null for every key
 */
record Invalidation(String cache, String key) {

    private static final Pattern NAME = Pattern.compile("[^\n]{1,200}");

    Invalidation {
        if (cache == null || !NAME.matcher(cache).matches()) {
            throw new IllegalArgumentException("Not a cache name: " + cache);
        }
    }

    /** Every key of {@code cache}. */
    static Invalidation all(String cache) {
        return new Invalidation(cache, null);
    }

    String encoded() {
        return key == null ? cache : cache + "\n" + key;
    }

    static Invalidation decoded(String encoded) {
        int end = encoded.indexOf('\n');
        return end < 0 ? all(encoded) : new Invalidation(encoded.substring(0, end), encoded.substring(end + 1));
    }
}
