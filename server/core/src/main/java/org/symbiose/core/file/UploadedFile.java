package org.symbiose.core.file;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.symbiose.api.file.StoredFile;
import org.symbiose.core.persistence.Ids;

/** The record of one uploaded file; its bytes are in the data directory, under its id. */
@Entity
@Table(name = "stored_file")
public class UploadedFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false)
    private String name;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false)
    private String sha256;

    @Column(nullable = false)
    private Instant created;

    protected UploadedFile() {
    }

    UploadedFile(long ownerId, String name, String mediaType, long size, String sha256, Instant now) {
        this.ownerId = ownerId;
        this.name = name;
        this.mediaType = mediaType;
        this.size = size;
        this.sha256 = sha256;
        this.created = now;
    }

    long id() {
        return id;
    }

    long ownerId() {
        return ownerId;
    }

    StoredFile view(FileUrlKeys keys) {
        return new StoredFile(id, name, mediaType, size, sha256, ownerId, created, keys.url(id));
    }
}
