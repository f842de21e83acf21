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

    @Override
    public StoredFile store(long ownerId, String fileName, String declaredType, InputStream content) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<StoredFile> find(long id) {
        return files.contains(id) ? Optional.of(new StoredFile(id, "f.png", "image/png", 1, "", 1, Instant.EPOCH,
                "/api/v1/files/" + id + "?key=k")) : Optional.empty();
    }

    @Override
    public void delete(long id, long actorId) {
        throw new UnsupportedOperationException();
    }
}
