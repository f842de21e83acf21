package org.symbiose.api.file;

import java.io.InputStream;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Keeps the files members upload, under the server's data directory, for every plugin: a service
 * in the registry. A file and its record are stored together or not at all.
 *
 * <p>The store checks the administrator's limits (largest size, allowed types, a member's daily
 * quota); whether the member may upload at all is the caller's decision.
 */
@ProviderType
public interface FileStore {

    /** Longest file name, in characters. */
    int MAX_NAME = 200;

    /**
     * Stores a file {@code ownerId} uploads. Its type is found by reading its first bytes: the
     * declared type and the name's extension are not trusted. Active content (HTML, SVG, XML)
     * is never accepted.
     *
     * @param ownerId      the uploader
     * @param fileName     the name it had on the uploader's side; only its last path segment is kept
     * @param declaredType the type the uploader declared, or {@code null}; kept for the log only
     * @param content      the bytes, read to the end (or to the size limit) but not closed
     * @throws FileRefusedException with reason {@code TOO_LARGE}, {@code TYPE_NOT_ALLOWED},
     *                              {@code BAD_NAME} or {@code QUOTA_EXCEEDED}
     */
    StoredFile store(long ownerId, String fileName, String declaredType, InputStream content);

    /** The file with this id, if there is one. */
    Optional<StoredFile> find(long id);

    /**
     * Removes a file: its owner, or a moderator.
     *
     * @param actorId the member removing it
     * @throws FileRefusedException with reason {@code NOT_FOUND} or {@code FORBIDDEN}
     */
    void delete(long id, long actorId);
}
