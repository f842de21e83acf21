package org.symbiose.bench.search;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The server's H2 database under {@code <data>/db/symbiose}, with the server's URL options, credentials and
 * Flyway migrations, so that the server opens what the benchmark wrote as its own.
 */
final class Database implements AutoCloseable {

    /** The server's defaults (symbiose.db.user, symbiose.db.password). */
    private static final String USER = "symbiose";
    private static final String PASSWORD = "symbiose";

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final EntityManagerFactory entityManagers;
    final MigrateResult migration;

    Database(Path dataDir) {
        // DB_CLOSE_DELAY: EclipseLink borrows a connection per transaction, and H2 would close the database
        // each time the last one is returned. A URL option, not stored in the file: the server is unaffected.
        dataSource.setURL("jdbc:h2:" + dataDir.toAbsolutePath().resolve("db/symbiose")
                + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser(USER);
        dataSource.setPassword(PASSWORD);
        migration = Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        entityManagers = Persistence.createEntityManagerFactory("symbiose", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", dataSource));
    }

    EntityManagerFactory entityManagers() {
        return entityManagers;
    }

    /** Closes the database cleanly, so that the next to open it (the server) does not recover it first. */
    @Override
    public void close() throws SQLException {
        entityManagers.close();
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("SHUTDOWN");
        }
    }
}
