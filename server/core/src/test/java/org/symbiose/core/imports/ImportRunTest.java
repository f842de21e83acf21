package org.symbiose.core.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.symbiose.api.content.Item;
import org.symbiose.core.TestDatabase;
import org.symbiose.core.content.BulkItems;

/** Importing an NDJSON file into a real database: what is written, what is refused, and a rerun. */
class ImportRunTest {

    private static final String FILE = String.join("\n",
            "{\"id\":\"c1\",\"type\":\"forum.category\",\"author\":{\"email\":\"Ann@example.org\",\"name\":\"Ann\"},"
                    + "\"title\":\"Général\",\"body\":\"\",\"attributes\":{\"position\":1},\"created\":\"2020-01-01T00:00:00Z\"}",
            "{\"id\":\"t1\",\"type\":\"forum.topic\",\"parent\":\"c1\",\"author\":{\"email\":\"bob@example.org\",\"name\":\"Bob\"},"
                    + "\"title\":\"Bonjour\",\"body\":\"Le **premier** message\",\"tags\":[\"accueil\"],"
                    + "\"attributes\":{\"pinned\":false,\"locked\":false,\"question\":false},\"created\":\"2020-01-02T00:00:00Z\"}",
            "{\"id\":\"r1\",\"type\":\"forum.reply\",\"parent\":\"t1\",\"author\":{\"email\":\"ann@example.org\"},"
                    + "\"body\":\"Bienvenue\",\"created\":\"2020-01-03T00:00:00Z\"}",
            "not json",
            "{\"id\":\"r2\",\"type\":\"forum.reply\",\"parent\":\"t9\",\"author\":{\"email\":\"ann@example.org\"},"
                    + "\"body\":\"Orphan\",\"created\":\"2020-01-03T00:00:00Z\"}",
            "{\"id\":\"r3\",\"type\":\"forum.reply\",\"parent\":\"t1\",\"author\":{\"email\":\"ann@example.org\"},"
                    + "\"body\":\"When?\",\"created\":\"yesterday\"}",
            "",
            "{\"id\":\"r4\",\"type\":\"forum.reply\",\"parent\":\"t1\",\"author\":{\"email\":\"carl@example.org\"},"
                    + "\"body\":\"Later\",\"tags\":[\"bad tag!\"],\"created\":\"2020-01-05T00:00:00Z\"}",
            "{\"id\":\"r5\",\"type\":\"forum.reply\",\"parent\":\"t1\",\"author\":{\"email\":\"carl@example.org\"},"
                    + "\"body\":\"Latest\",\"created\":\"2020-01-04T00:00:00Z\"}");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void writesGoodLinesRefusesBadOnesAndARerunWritesNothingTwice(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.start(kind, "import-run")) {
            List<Item> heard = new ArrayList<>();
            ImportRun first = run(database, heard);
            ImportProgress progress = first.progress(false);
            assertThat(progress.linesRead()).isEqualTo(9);
            assertThat(progress.firstErrors()).hasSize(4);
            assertThat(progress.written()).isEqualTo(4);
            assertThat(progress.errors()).isEqualTo(4);
            assertThat(progress.firstErrors()).extracting(ImportProgress.LineError::line).containsExactly(4L, 5L, 6L, 8L);
            assertThat(progress.firstErrors().get(1).reason()).contains("t9");
            assertThat(progress.firstErrors().get(2).reason()).startsWith("created:");
            assertThat(heard).extracting(Item::title).containsExactly("Général", "Bonjour", "", "");
            assertThat(count(database, "SELECT COUNT(*) FROM item")).isEqualTo(4);
            assertThat(count(database, "SELECT COUNT(*) FROM item_change")).isEqualTo(4);
            assertThat(count(database, "SELECT COUNT(*) FROM member")).isEqualTo(3);
            assertThat(count(database, "SELECT COUNT(*) FROM item_tag WHERE tag = 'accueil'")).isEqualTo(1);
            assertThat(count(database, "SELECT COUNT(*) FROM item_attribute WHERE name = 'position'")).isEqualTo(1);
            // the topic is as active as its latest reply, the category as its topic
            assertThat(text(database, "SELECT CAST(activity AS VARCHAR(40)) FROM item WHERE title = 'Bonjour'"))
                    .startsWith("2020-01-04");
            assertThat(text(database, "SELECT body_html FROM item WHERE title = 'Bonjour'")).contains("<strong>premier</strong>");

            ImportRun again = run(database, new ArrayList<>());
            assertThat(again.progress(false).written()).isZero();
            assertThat(again.progress(false).skipped()).isEqualTo(4);
            assertThat(count(database, "SELECT COUNT(*) FROM item")).isEqualTo(4);
            assertThat(count(database, "SELECT COUNT(*) FROM import_job WHERE state = 'INDEXING'")).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aCrashBeforeThePluginsHeardABatchLeavesNoneOfItAndTheRerunWritesIt(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.start(kind, "import-crash")) {
            Consumer<List<Item>> crashing = items -> {
                throw new IllegalStateException("the node stopped");
            };
            assertThatThrownBy(() -> run(database, crashing)).hasMessageContaining("the node stopped");
            // the plugins' derived data is written in the batch's transaction: without it, no item either
            assertThat(count(database, "SELECT COUNT(*) FROM item")).isZero();
            assertThat(count(database, "SELECT COUNT(*) FROM import_source")).isZero();
            assertThat(count(database, "SELECT COUNT(*) FROM import_job WHERE state = 'FAILED'")).isEqualTo(1);

            List<Item> heard = new ArrayList<>();
            ImportRun rerun = run(database, heard::addAll);
            assertThat(rerun.progress(false).written()).isEqualTo(4);
            assertThat(heard).hasSize(4);
            assertThat(count(database, "SELECT COUNT(*) FROM item")).isEqualTo(4);
        }
    }

    private static ImportRun run(TestDatabase database, List<Item> heard) throws Exception {
        return run(database, heard::addAll);
    }

    private static ImportRun run(TestDatabase database, Consumer<List<Item>> imported) throws Exception {
        long id;
        try (Connection connection = database.dataSource().getConnection()) {
            id = new BulkItems(connection).ids(1).get(0);
        }
        ImportRun run = new ImportRun(id, "old-forum", transactions(database), imported, Clock.systemUTC());
        run.run(new BufferedReader(new StringReader(FILE)));
        return run;
    }

    private static ImportRun.Transactions transactions(TestDatabase database) {
        return new ImportRun.Transactions() {
            @Override
            public <T> T run(ImportRun.Work<T> work) throws SQLException {
                try (Connection connection = database.dataSource().getConnection()) {
                    connection.setAutoCommit(false);
                    try {
                        T result = work.on(connection);
                        connection.commit();
                        return result;
                    } catch (SQLException | RuntimeException e) {
                        connection.rollback();
                        throw e;
                    }
                }
            }
        };
    }

    private static long count(TestDatabase database, String sql) throws SQLException {
        return Long.parseLong(text(database, sql));
    }

    private static String text(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
