/**
 * The content store: the one place where every plugin keeps its items.
 *
 * <p>An {@link org.symbiose.api.content.Item} is generic: its {@code type} (for example
 * {@code forum.topic}) says what it is, its owning plugin is the type's prefix, its body is
 * Markdown that the store renders to sanitized HTML, and plugin-specific data lives in typed
 * JSON attributes. Updates carry the version the caller read, so concurrent edits never
 * overwrite each other silently.
 */
@Version("1.6.0")
package org.symbiose.api.content;

import org.osgi.annotation.versioning.Version;
