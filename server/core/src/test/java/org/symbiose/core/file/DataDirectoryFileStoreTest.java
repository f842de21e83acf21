package org.symbiose.core.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.symbiose.api.file.FileRefusedException;
import org.symbiose.api.file.FileRefusedException.Reason;
import org.symbiose.api.file.StoredFile;
import org.symbiose.api.member.Role;
import org.symbiose.core.TestDatabase;
import org.symbiose.core.member.Member;
import org.symbiose.core.persistence.LocalTransaction;

/** The file store on real databases and a real directory, each call in its own local transaction. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.Kind.class)
class DataDirectoryFileStoreTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private static final AtomicInteger RUN = new AtomicInteger();
    private static final FileLimits LIMITS = new FileLimits(1000, Set.of("image/png", "text/plain"), 2500);

    private static TestDatabase database;

    @Parameter
    TestDatabase.Kind kind;

    private EntityManager em;
    private Path root;
    private DataDirectoryFileStore store;
    private long owner;

    @BeforeParameterizedClassInvocation
    static void startDatabase(TestDatabase.Kind kind) {
        database = TestDatabase.start(kind, "file-store");
    }

    @AfterParameterizedClassInvocation
    static void stopDatabase() throws IOException, SQLException {
        database.close();
    }

    @BeforeEach
    void setUp() throws IOException {
        em = database.entityManagerFactory().createEntityManager();
        root = Files.createTempDirectory("symbiose-files-");
        store = new DataDirectoryFileStore(em, Clock.fixed(NOW, ZoneOffset.UTC), root, LIMITS);
        owner = member(Role.MEMBER);
    }

    @AfterEach
    void tearDown() throws IOException {
        em.close();
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    @Test
    void storesTheBytesAndTheirRecordTogether() throws IOException {
        byte[] png = png(300);
        StoredFile stored = tx(() -> store.store(owner, "../holiday.png", "text/html", new ByteArrayInputStream(png)));

        assertThat(stored.name()).isEqualTo("holiday.png");
        assertThat(stored.mediaType()).as("the content decides, not the declared type").isEqualTo("image/png");
        assertThat(stored.size()).isEqualTo(300);
        assertThat(stored.sha256()).isEqualTo(sha256(png));
        assertThat(stored.ownerId()).isEqualTo(owner);
        assertThat(stored.created()).isEqualTo(NOW);
        assertThat(stored.url()).matches("/api/v1/files/" + stored.id() + "\\?key=[A-Za-z0-9_-]{22}");
        assertThat(Files.readAllBytes(store.pathOf(stored.id()))).isEqualTo(png);
        assertThat(store.pathOf(stored.id())).startsWith(root);
        assertThat(root.relativize(store.pathOf(stored.id())).getNameCount()).as("sharded in two levels").isEqualTo(3);
        assertThat(tx(() -> store.find(stored.id()))).contains(stored);
        assertThat(leftovers()).as("nothing left in incoming/").isZero();
    }

    @Test
    void aFileIsFoundByItsKeyOnly() {
        StoredFile first = tx(() -> store.store(owner, "a.png", null, new ByteArrayInputStream(png(10))));
        StoredFile second = tx(() -> store.store(owner, "b.png", null, new ByteArrayInputStream(png(10))));
        String key = first.url().substring(first.url().indexOf("?key=") + 5);

        assertThat(tx(() -> store.find(first.id(), key))).contains(first);
        assertThat(tx(() -> store.find(second.id(), key))).as("another file's key").isEmpty();
        assertThat(tx(() -> store.find(first.id(), null))).isEmpty();
        assertThat(tx(() -> store.find(first.id(), key.substring(0, 21) + (key.endsWith("A") ? "B" : "A")))).isEmpty();
    }

    @Test
    void refusesWhatTheLimitsDoNotAllowAndKeepsNothing() {
        assertRefused(() -> store.store(owner, "big.png", "image/png", new ByteArrayInputStream(png(1001))), Reason.TOO_LARGE);
        assertRefused(() -> store.store(owner, "page.png", "image/png",
                new ByteArrayInputStream("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))), Reason.TYPE_NOT_ALLOWED);
        assertRefused(() -> store.store(owner, "doc.pdf", "application/pdf",
                new ByteArrayInputStream("%PDF-1.4".getBytes(StandardCharsets.US_ASCII))), Reason.TYPE_NOT_ALLOWED);
        assertRefused(() -> store.store(owner, "..", "image/png", new ByteArrayInputStream(png(10))), Reason.BAD_NAME);
        assertThat(count()).isZero();
        assertThat(leftovers()).isZero();
    }

    @Test
    void aMemberUploadsUpToTheDailyQuota() {
        tx(() -> store.store(owner, "one.png", null, new ByteArrayInputStream(png(1000))));
        tx(() -> store.store(owner, "two.png", null, new ByteArrayInputStream(png(1000))));
        assertRefused(() -> store.store(owner, "three.png", null, new ByteArrayInputStream(png(501))), Reason.QUOTA_EXCEEDED);
        tx(() -> store.store(owner, "small.txt", null, new ByteArrayInputStream("a note".getBytes(StandardCharsets.UTF_8))));
        long other = member(Role.MEMBER);
        tx(() -> store.store(other, "theirs.png", null, new ByteArrayInputStream(png(1000))));
        assertThat(count()).as("the owner's").isEqualTo(3);
    }

    @Test
    void aTransactionRolledBackAfterTheFileMovedRemovesTheFile() {
        EndsOfTransactions ends = new EndsOfTransactions();
        DataDirectoryFileStore told = new DataDirectoryFileStore(em, Clock.fixed(NOW, ZoneOffset.UTC), root, LIMITS, ends);
        long[] stored = new long[1];
        assertThatThrownBy(() -> tx(() -> {
            stored[0] = told.store(owner, "kept.png", null, new ByteArrayInputStream(png(100))).id();
            assertThat(told.pathOf(stored[0])).as("moved into place").exists();
            throw new IllegalStateException("a later write of the same transaction failed");
        })).hasMessageContaining("later write");
        ends.end(Status.STATUS_ROLLEDBACK);
        assertThat(count()).isZero();
        assertThat(told.pathOf(stored[0])).doesNotExist();
    }

    /** What the server does at a transaction's end: here, run by the test once the transaction ended. */
    private static final class EndsOfTransactions implements TransactionSynchronizationRegistry {

        private final List<Synchronization> registered = new ArrayList<>();

        void end(int status) {
            registered.forEach(s -> s.afterCompletion(status));
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            registered.add(sync);
        }

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getResource(Object key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getTransactionStatus() {
            return Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }

    @Test
    void aFailureWhileStoringLeavesNeitherRowNorFile() {
        InputStream broken = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served == 100) {
                    throw new IOException("connection lost");
                }
                return served++ < 8 ? png(8)[served - 1] & 0xFF : 0;
            }
        };
        assertThatThrownBy(() -> tx(() -> store.store(owner, "cut.png", null, broken))).hasRootCauseMessage("connection lost");
        assertThat(count()).isZero();
        assertThat(leftovers()).isZero();
    }

    @Test
    void itsOwnerOrAModeratorDeletesAFile() {
        StoredFile first = tx(() -> store.store(owner, "a.png", null, new ByteArrayInputStream(png(10))));
        StoredFile second = tx(() -> store.store(owner, "b.png", null, new ByteArrayInputStream(png(10))));
        long stranger = member(Role.MEMBER);
        long moderator = member(Role.MODERATOR);

        assertRefused(() -> {
            store.delete(first.id(), stranger);
            return null;
        }, Reason.FORBIDDEN);
        tx(() -> {
            store.delete(first.id(), owner);
            return null;
        });
        tx(() -> {
            store.delete(second.id(), moderator);
            return null;
        });
        assertThat(Files.exists(store.pathOf(first.id()))).isFalse();
        assertThat(Files.exists(store.pathOf(second.id()))).isFalse();
        assertThat(tx(() -> store.find(second.id()))).isEmpty();
        assertRefused(() -> {
            store.delete(second.id(), owner);
            return null;
        }, Reason.NOT_FOUND);
    }

    /** A PNG signature padded to {@code size} bytes. */
    private static byte[] png(int size) {
        return Arrays.copyOf(MagicBytesTest.PNG, size);
    }

    private void assertRefused(Supplier<?> call, Reason reason) {
        assertThatThrownBy(() -> tx(call)).isInstanceOf(FileRefusedException.class)
                .extracting(e -> ((FileRefusedException) e).reason()).isEqualTo(reason);
    }

    private long count() {
        return tx(() -> em.createQuery("select count(f) from UploadedFile f where f.ownerId = :owner", Long.class)
                .setParameter("owner", owner).getSingleResult());
    }

    /** Every regular file under the root but stored ones. */
    private long leftovers() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(file -> file.startsWith(root.resolve("incoming"))).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long member(Role role) {
        return tx(() -> {
            String name = "Uploader " + RUN.incrementAndGet();
            Member member = new Member(name.replace(' ', '.') + "-" + System.nanoTime() + "@example.org", name, null, "en", NOW);
            member.setRole(role);
            em.persist(member);
            em.flush();
            return member.getId();
        });
    }

    private <T> T tx(Supplier<T> work) {
        return LocalTransaction.run(em, work);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
