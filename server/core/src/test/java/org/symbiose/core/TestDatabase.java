package org.symbiose.core;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A real database for one test class: H2 in a file under {@code target/}, or an embedded
 * PostgreSQL, emptied and migrated by the application's own Flyway migrations.
 */
public final class TestDatabase implements AutoCloseable {

    /** The databases Symbiose runs on. */
    public enum Kind { H2, POSTGRESQL }

    private final DataSource dataSource;
    private final Shutdown shutdown;
    private final MigrateResult migration;
    private EntityManagerFactory entityManagerFactory;

    private TestDatabase(DataSource dataSource, Shutdown shutdown) {
        this.dataSource = dataSource;
        this.shutdown = shutdown;
        Flyway flyway = flyway(dataSource);
        flyway.clean();
        this.migration = flyway.migrate();
    }

    /** Starts the database named {@code name}, emptied, then migrated. */
    public static TestDatabase start(Kind kind, String name) {
        return switch (kind) {
            case H2 -> {
                // a fresh file each run: a file left by an interrupted run may not open at all
                Path file = Path.of("target", "h2", name + ".mv.db");
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                JdbcDataSource h2 = new JdbcDataSource();
                // as the server runs it, kept open between connections, since EclipseLink borrows one
                // per transaction
                h2.setURL("jdbc:h2:file:" + Path.of("target", "h2", name).toAbsolutePath()
                        + ";DB_CLOSE_DELAY=-1");
                h2.setUser("sa");
                yield new TestDatabase(h2, () -> execute(h2, "SHUTDOWN"));
            }
            case POSTGRESQL -> {
                try {
                    EmbeddedPostgres postgres = EmbeddedPostgres.start();
                    yield new TestDatabase(postgres.getPostgresDatabase(), postgres::close);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** The application's Flyway configuration, with cleaning allowed. */
    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .cleanDisabled(false)
                .load();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** What the migration at start did. */
    public MigrateResult migration() {
        return migration;
    }

    /** The {@code symbiose} unit, switched to local transactions on this database. */
    public EntityManagerFactory entityManagerFactory() {
        if (entityManagerFactory == null) {
            entityManagerFactory = Persistence.createEntityManagerFactory("symbiose", Map.of(
                    "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                    "jakarta.persistence.jtaDataSource", "",
                    "jakarta.persistence.nonJtaDataSource", dataSource));
        }
        return entityManagerFactory;
    }

    @Override
    public void close() throws IOException, SQLException {
        if (entityManagerFactory != null) {
            entityManagerFactory.close();
        }
        shutdown.run();
    }

    private interface Shutdown {
        void run() throws IOException, SQLException;
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute(sql);
        }
    }
}
