package org.symbiose.plugins.blog;

/**
 * What an import of one thing did: created it, or found it imported before under the same source
 * id (importing a file twice creates nothing twice).
 *
 * @param value   the thing, new or found
 * @param created whether this call created it
 */
public record Imported<T>(T value, boolean created) {
}
