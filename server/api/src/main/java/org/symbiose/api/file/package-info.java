/**
 * Files members upload (attachments, images in posts), kept by the core for every plugin:
 * {@link org.symbiose.api.file.FileStore}, a service in the registry.
 *
 * <p>A file's type is decided from its content, never from the name or the type its uploader
 * declared; the administrator sets the largest size, the allowed types and a daily quota per
 * member. Stored files are served at {@code /api/v1/files/{id}?key=…} ({@link
 * org.symbiose.api.file.StoredFile#url()}): without the key, which cannot be guessed from the id,
 * a file is not found.
 */
@Version("1.0.0")
package org.symbiose.api.file;

import org.osgi.annotation.versioning.Version;
