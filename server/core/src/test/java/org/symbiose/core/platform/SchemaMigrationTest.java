package org.symbiose.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.symbiose.core.TestDatabase;

class SchemaMigrationTest {

    private static final int ROWS = 100_000;
    private static final int FEW_ROWS = 1_000;
    // the test's own migration comes after every real one, whatever numbers those reach
    private static final List<String> LOCATIONS = List.of(SchemaMigration.LOCATION, "classpath:db/long-migration");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void saysWhichMigrationRunsWhileItRewritesEveryRow(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.start(kind, "schema-migration-progress")) {
            fill(database.dataSource(), ROWS);
            List<String> said = new CopyOnWriteArrayList<>();
            long began = System.nanoTime();
            MigrateResult result = new SchemaMigration(database.dataSource(), LOCATIONS).migrate(said::add);
            System.out.printf("%s: V1000 rewrote %,d rows in %d ms%n", kind, ROWS, (System.nanoTime() - began) / 1_000_000);

            assertThat(said).containsExactly("migrating: V1000 1/1");
            assertThat(result.migrationsExecuted).isEqualTo(1);
            assertThat(count(database.dataSource(), "SELECT COUNT(*) FROM bulk_rows WHERE body_length = 100")).isEqualTo(ROWS);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void twoNodesStartingAtOnceMigrateOnce(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.start(kind, "schema-migration-twice")) {
            // the lock is what counts here, not the size
            fill(database.dataSource(), FEW_ROWS);
            SchemaMigration migration = new SchemaMigration(database.dataSource(), LOCATIONS);
            // each on a thread of its own, as each node's start does
            var first = CompletableFuture.supplyAsync(() -> migration.migrate(said -> { }));
            var second = CompletableFuture.supplyAsync(() -> migration.migrate(said -> { }));

            // the one that waited on the other's lock finds nothing left to do (a second ALTER would fail)
            assertThat(first.get().migrationsExecuted + second.get().migrationsExecuted).isEqualTo(1);
            assertThat(count(database.dataSource(), "SELECT COUNT(*) FROM bulk_rows WHERE body_length = 100")).isEqualTo(FEW_ROWS);
        }
    }

    private static void fill(DataSource dataSource, int rows) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("CREATE TABLE bulk_rows (id BIGINT PRIMARY KEY, body VARCHAR(200))");
            String series = connection.getMetaData().getDatabaseProductName().startsWith("H2")
                    ? "SELECT X, REPEAT('x', 100) FROM SYSTEM_RANGE(1, " + rows + ")"
                    : "SELECT g, REPEAT('x', 100) FROM generate_series(1, " + rows + ") g";
            connection.createStatement().execute("INSERT INTO bulk_rows " + series);
        }
    }

    private static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
