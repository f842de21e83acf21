package org.symbiose.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchemaMigrationTest {

    private static final List<String> TABLES = List.of("member", "api_token", "item", "item_tag", "item_revision",
            "item_reaction", "item_vote", "item_attribute", "permission_grant", "plugin_setting", "plugin_schema", "content_type", "item_change", "notification", "plugin_record", "audit_entry", "item_flag", "review_entry", "watched_word", "sanction", "moderator_note", "member_trust", "member_watch", "stored_file", "login_attempt", "login_lock", "feed_reader", "feed_horizon", "search_query", "suggested_composer");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void migratesAnEmptyDatabaseToTheLatestSchema(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.start(kind, "schema-migration")) {
            assertThat(database.migration().success).isTrue();
            List<Integer> versions = migrationVersions();
            assertThat(database.migration().migrationsExecuted).isEqualTo(versions.size());
            assertThat(database.migration().targetSchemaVersion).isEqualTo(String.valueOf(versions.getLast()));
            assertThat(tables(database)).containsAll(TABLES);

            Flyway flyway = TestDatabase.flyway(database.dataSource());
            assertThat(flyway.migrate().migrationsExecuted).as("a second run").isZero();
            assertThat(flyway.validateWithResult().validationSuccessful).isTrue();

            flyway.clean();
            assertThat(tables(database)).doesNotContainAnyElementsOf(TABLES);
        }
    }

    /**
     * The versions of the migrations, SQL and Java, in order: engineers working in parallel take
     * numbers with gaps.
     */
    private static List<Integer> migrationVersions() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("src/main/resources/db/migration")),
                Files.list(Path.of("src/main/java/db/migration")))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.matches("V\\d+__.*\\.(sql|java)"))
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))).sorted().toList();
        }
    }

    private static List<String> tables(TestDatabase database) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
                ResultSet rows = connection.createStatement().executeQuery(
                        "SELECT LOWER(table_name) FROM information_schema.tables WHERE LOWER(table_schema) = 'public'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
