package org.symbiose.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * A real PostgreSQL for the server under test, up before the first test class starts Payara and
 * stopped after the last: registered with the JUnit launcher, it acts only in the runs whose
 * {@code symbiose.it.postgres} property names the run's folder. That folder is emptied at start;
 * PostgreSQL keeps its files in its {@code db/}, and the build puts the server's data directory
 * beside them, so the server's index and files always start as fresh as its database. The server
 * reaches it at the fixed, unusual port given as {@code symbiose.it.postgres.port}, as the
 * database, user and password {@code symbiose}, the settings an admin would give it.
 */
public final class PostgresServer implements TestExecutionListener {

    private EmbeddedPostgres postgres;

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        String folder = System.getProperty("symbiose.it.postgres");
        if (folder == null || postgres != null) {
            return;
        }
        Folders.delete(Path.of(folder));
        try {
            postgres = EmbeddedPostgres.builder()
                    .setPort(Integer.parseInt(System.getProperty("symbiose.it.postgres.port")))
                    .setDataDirectory(Path.of(folder, "db"))
                    .setCleanDataDirectory(true)
                    .start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE ROLE symbiose LOGIN PASSWORD 'symbiose'");
                statement.execute("CREATE DATABASE symbiose OWNER symbiose");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                postgres = null;
            }
        }
    }
}
