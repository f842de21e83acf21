package org.symbiose.core.file;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.symbiose.api.file.FileRefusedException.Reason;
import org.symbiose.api.file.FileRefusedException;
import org.symbiose.api.file.FileStore;
import org.symbiose.api.file.StoredFile;
import org.symbiose.api.member.Role;
import org.symbiose.core.audit.AuditTrail;
import org.symbiose.core.cluster.InstallationSecrets;
import org.symbiose.core.member.Member;
import org.symbiose.core.persistence.TransactionOutcome;

/**
 * Uploaded files under {@code <data>/files/}, sharded by id ({@code files/3f/0a/12345}) so no
 * directory grows too large. An upload is written to {@code files/incoming/} first, checked, then
 * moved into place atomically in the transaction that writes its row: when that transaction rolls
 * back, the moved file is removed again, so a failure leaves neither. The folder is
 * {@code symbiose.files.dir}, which every node of a cluster shares; the secret of the files'
 * addresses ({@link FileUrlKeys}) is in the database, taken over from {@code files/url-key} where
 * an earlier version kept it.
 */
@ApplicationScoped
@Transactional
public class DataDirectoryFileStore implements FileStore {

    private static final Logger LOG = Logger.getLogger(DataDirectoryFileStore.class.getName());
    private static final Duration QUOTA_PERIOD = Duration.ofDays(1);
    private static final String URL_SECRET = "url-key";
    private static final String URL_SECRET_NAME = "file-url-key";

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private InstallationSecrets secrets;

    @Inject
    @ConfigProperty(name = "symbiose.data")
    private String data;

    @Inject
    @ConfigProperty(name = "symbiose.files.dir")
    private Optional<String> dir;

    @Inject
    @ConfigProperty(name = "symbiose.files.max-bytes", defaultValue = "5242880")
    private long maxBytes;

    @Inject
    @ConfigProperty(name = "symbiose.files.types",
            defaultValue = "image/png,image/jpeg,image/gif,image/webp,application/pdf,text/plain")
    private String types;

    @Inject
    @ConfigProperty(name = "symbiose.files.daily-quota-bytes", defaultValue = "52428800")
    private long dailyQuotaBytes;

    private Path root;
    private FileLimits limits;
    private FileUrlKeys keys;

    protected DataDirectoryFileStore() {
    }

    /** A store outside a container (tests), with a secret of its own: the caller runs the transactions. */
    public DataDirectoryFileStore(EntityManager em, Clock clock, Path root, FileLimits limits) {
        this(em, clock, root, limits, null);
    }

    /**
     * A store outside a container told of its transactions' ends, as the server tells it.
     *
     * @param transactions where the store registers what to do when a transaction ends, or null
     *                     to delete files at once
     */
    public DataDirectoryFileStore(EntityManager em, Clock clock, Path root, FileLimits limits,
            TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
        this.em = em;
        this.clock = clock;
        this.audit = new AuditTrail(em, clock);
        this.root = root;
        this.limits = limits;
        byte[] secret = new byte[FileUrlKeys.SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        this.keys = new FileUrlKeys(() -> secret);
    }

    @PostConstruct
    void configure() {
        root = dir.map(String::strip).filter(value -> !value.isEmpty()).map(Path::of).orElseGet(() -> Path.of(data, "files"));
        limits = FileLimits.of(maxBytes, types, dailyQuotaBytes);
        keys = new FileUrlKeys(() -> secrets.secret(URL_SECRET_NAME, FileUrlKeys.SECRET_BYTES, root.resolve(URL_SECRET)));
    }

    /** The limits uploads are held to. */
    public FileLimits limits() {
        return limits;
    }

    @Override
    public StoredFile store(long ownerId, String fileName, String declaredType, InputStream content) {
        String name = FileNames.safe(fileName);
        if (em.find(Member.class, ownerId) == null) {
            throw new FileRefusedException(Reason.FORBIDDEN, "No member has id " + ownerId);
        }
        Path incoming = receive(content);
        try {
            byte[] head = head(incoming);
            String type = MagicBytes.mediaType(head);
            if (type == null || !limits.types().contains(type)) {
                LOG.fine(() -> "Refused an upload declared as " + declaredType + ", found " + type);
                throw new FileRefusedException(Reason.TYPE_NOT_ALLOWED, (type == null ? "This file's type is not known"
                        : "Files of type " + type + " are not accepted") + "; accepted: " + String.join(", ",
                        limits.types().stream().sorted().toList()));
            }
            long size = Files.size(incoming);
            Instant now = clock.instant();
            Long recent = em.createQuery("select sum(f.size) from UploadedFile f where f.ownerId = :owner and f.created > :since",
                    Long.class).setParameter("owner", ownerId).setParameter("since", now.minus(QUOTA_PERIOD)).getSingleResult();
            long uploaded = recent == null ? 0 : recent;
            if (uploaded + size > limits.dailyQuotaBytes()) {
                throw new FileRefusedException(Reason.QUOTA_EXCEEDED, "You may upload " + limits.dailyQuotaBytes()
                        + " bytes a day and have uploaded " + uploaded + "; try again tomorrow");
            }
            UploadedFile file = new UploadedFile(ownerId, name, type, size, sha256(incoming), now);
            em.persist(file);
            em.flush();
            Path target = pathOf(file.id());
            Files.createDirectories(target.getParent());
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
            removeOnRollback(target);
            return file.view(keys);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store an upload under " + root, e);
        } finally {
            deleteQuietly(incoming);
        }
    }

    @Override
    public Optional<StoredFile> find(long id) {
        return Optional.ofNullable(em.find(UploadedFile.class, id)).map(file -> file.view(keys));
    }

    /** The file with this id, if there is one and {@code key} is the key in its address. */
    public Optional<StoredFile> find(long id, String key) {
        return keys.matches(id, key) ? find(id) : Optional.empty();
    }

    /** Where the bytes of the file with this id are. */
    public Path pathOf(long id) {
        String hex = String.format("%016x", id);
        return root.resolve(hex.substring(14)).resolve(hex.substring(12, 14)).resolve(Long.toString(id));
    }

    @Override
    public void delete(long id, long actorId) {
        UploadedFile file = em.find(UploadedFile.class, id);
        if (file == null) {
            throw new FileRefusedException(Reason.NOT_FOUND, "No file has id " + id);
        }
        Member actor = em.find(Member.class, actorId);
        boolean owner = file.ownerId() == actorId;
        if (!owner && (actor == null || !actor.getRole().includes(Role.MODERATOR))) {
            throw new FileRefusedException(Reason.FORBIDDEN, "Only its owner or a moderator may delete this file");
        }
        StoredFile deleted = file.view(keys);
        em.remove(file);
        em.flush();
        if (!owner) {
            audit.record(null, actorId, "files.delete", null, "file " + id, deleted.name() + " of member "
                    + deleted.ownerId(), null);
        }
        Path path = pathOf(id);
        if (transactions == null) {
            deleteQuietly(path);
        } else {
            afterCompletion(status -> status == Status.STATUS_COMMITTED, path);
        }
    }

    /** Copies the upload to a file of its own, refusing it as soon as it is larger than allowed. */
    private Path receive(InputStream content) {
        try {
            Path incoming = Files.createTempFile(Files.createDirectories(root.resolve("incoming")), "upload-", ".part");
            try (OutputStream out = Files.newOutputStream(incoming)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                    total += n;
                    if (total > limits.maxBytes()) {
                        throw new FileRefusedException(Reason.TOO_LARGE, "A file may have at most " + limits.maxBytes()
                                + " bytes");
                    }
                    out.write(buffer, 0, n);
                }
            } catch (IOException | RuntimeException e) {
                deleteQuietly(incoming);
                throw e;
            }
            return incoming;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot receive an upload under " + root, e);
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(MagicBytes.HEAD);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private void removeOnRollback(Path path) {
        if (transactions != null) {
            afterCompletion(status -> status != Status.STATUS_COMMITTED, path);
        }
    }

    private void afterCompletion(IntPredicate remove, Path path) {
        TransactionOutcome.afterCompletion(transactions, status -> {
            if (remove.test(status)) {
                deleteQuietly(path);
            }
        });
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot remove " + path, e);
        }
    }
}
