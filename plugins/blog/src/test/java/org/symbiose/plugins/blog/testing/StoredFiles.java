package org.symbiose.plugins.blog.testing;

import java.io.InputStream;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.symbiose.api.file.FileStore;
import org.symbiose.api.file.StoredFile;

/** Files that exist, by id. */
public final class StoredFiles implements FileStore {

    private final Set<Long> files = new HashSet<>();

    public void add(long id) {
        files.add(id);
    }

    private long next = 1000;

    // blogxml: uploads from AtomPub and MetaWeblog
    @Override
    public StoredFile store(long ownerId, String fileName, String declaredType, InputStream content) {
        try {
            content.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        long id = next++;
        files.add(id);
        return find(id).orElseThrow();
    }

    @Override
    public Optional<StoredFile> find(long id) {
        return files.contains(id) ? Optional.of(new StoredFile(id, "f.png", "image/png", 1, "", 1, Instant.EPOCH,
                "/api/v1/files/" + id + "?key=k")) : Optional.empty();
    }

    @Override
    public void delete(long id, long actorId) {
        files.remove(id);
    }
}
