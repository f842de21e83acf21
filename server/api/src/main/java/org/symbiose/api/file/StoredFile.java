package org.symbiose.api.file;

import java.time.Instant;

/**
 * A file as stored.
 *
 * @param id        its id
 * @param name      the file name it was uploaded with, made safe (no path, no control characters)
 * @param mediaType the media type found in its content, such as {@code image/png}
 * @param size      its length in bytes
 * @param sha256    the SHA-256 digest of its content, in lower-case hexadecimal
 * @param ownerId   the member who uploaded it
 * @param created   when it was stored
 * @param url       where it is served, relative to the site root: {@code /api/v1/files/{id}?key=…}, the key
 *                  making the address impossible to guess from the id; whoever has the address may read it
 */
public record StoredFile(long id, String name, String mediaType, long size, String sha256, long ownerId, Instant created,
        String url) {

    /** Whether it is an image a page may show inline. */
    public boolean isImage() {
        return mediaType.startsWith("image/");
    }
}
