package org.symbiose.core.platform;

/**
 * Fired once the schema is at the newest version and the first administrator exists, on the thread
 * that migrated it, before Symbiose reports ready: services that read or write the database at start
 * (the search index, the plugin host, scheduled work) start on it rather than at deployment, which
 * ends before the migration does.
 */
public record SchemaMigrated() {
}
