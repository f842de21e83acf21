package org.symbiose.core.cluster;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Secrets of the installation, the same on every node: kept in the database, made once by the
 * first node that needs one. Two nodes making one at once both insert; the loser's insert fails on
 * the key and it reads the winner's. A secret an earlier version kept in a file is taken over, so
 * what was made with it stays valid.
 *
 * <p>Each statement commits on its own, outside the caller's transaction: a lost race must not
 * roll back the caller's work.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class InstallationSecrets {

    private static final Logger LOG = Logger.getLogger(InstallationSecrets.class.getName());
    private static final String INTEGRITY = "23";

    @Resource(lookup = "java:app/jdbc/symbiose")
    private DataSource dataSource;

    @Inject
    private Clock clock;

    protected InstallationSecrets() {
    }

    /** Secrets outside a container (tests). */
    public InstallationSecrets(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * The secret of this name, made now if the installation has none: the bytes of
     * {@code formerFile} when it holds {@code length} bytes, otherwise {@code length} random ones.
     */
    public byte[] secret(String name, int length, Path formerFile) {
        try {
            Optional<byte[]> kept = read(name);
            if (kept.isPresent()) {
                return kept.get();
            }
            Optional<byte[]> former = former(formerFile, length);
            byte[] made = former.orElseGet(() -> random(length));
            try {
                insert(name, made);
                LOG.info(() -> "Made the installation secret " + name + (former.isPresent() ? " from " + formerFile : ""));
                return made;
            } catch (SQLException e) {
                if (e.getSQLState() == null || !e.getSQLState().startsWith(INTEGRITY)) {
                    throw e;
                }
                return read(name).orElseThrow(() -> new IllegalStateException("Secret " + name + " vanished", e));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read or make the installation secret " + name, e);
        }
    }

    private Optional<byte[]> read(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT secret FROM installation_secret WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(Base64.getDecoder().decode(row.getString(1))) : Optional.empty();
            }
        }
    }

    private void insert(String name, byte[] secret) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO installation_secret (name, secret, created) VALUES (?, ?, ?)")) {
            insert.setString(1, name);
            insert.setString(2, Base64.getEncoder().encodeToString(secret));
            insert.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static Optional<byte[]> former(Path file, int length) {
        try {
            if (file == null || !Files.exists(file)) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length != length) {
                LOG.warning(() -> file + " does not hold " + length + " bytes: a new secret is made instead");
                return Optional.empty();
            }
            return Optional.of(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the former secret " + file, e);
        }
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
