package org.symbiose.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.symbiose.core.TestDatabase;

/** The deflection counts' SQL, as the service runs it, on both databases. */
class DeflectionsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void countsOnceTheComposersThatFollowedASuggestionAndPostedNothing(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.start(kind, "deflections");
                Connection connection = database.dataSource().getConnection()) {
            assertThat(run(connection, Deflections.FOLLOWED, "deflected-1", DAY)).isEqualTo(1);
            assertThat(run(connection, Deflections.FOLLOWED, "deflected-1", DAY)).as("told twice").isZero();
            run(connection, Deflections.FOLLOWED, "posted-1", DAY);
            assertThat(run(connection, Deflections.POSTED, "posted-1")).isEqualTo(1);
            assertThat(run(connection, Deflections.POSTED, "never-followed")).isZero();
            run(connection, Deflections.FOLLOWED, "yesterday", DAY.minusDays(1));

            assertThat(count(connection, DAY, DAY)).isEqualTo(1);
            assertThat(count(connection, DAY.minusDays(7), DAY)).isEqualTo(2);
        }
    }

    /** Runs {@code sql} with its {@code ?n} parameters, as JPA native queries number them. */
    private static int run(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private static long count(Connection connection, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement statement = prepare(connection, Deflections.DEFLECTED, from, to);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        List<Integer> order = new ArrayList<>();
        Matcher numbered = Pattern.compile("\\?(\\d)").matcher(sql);
        while (numbered.find()) {
            order.add(Integer.parseInt(numbered.group(1)));
        }
        PreparedStatement statement = connection.prepareStatement(sql.replaceAll("\\?\\d", "?"));
        for (int i = 0; i < order.size(); i++) {
            statement.setObject(i + 1, parameters[order.get(i) - 1]);
        }
        return statement;
    }
}
