package org.symbiose.core.task;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code scheduled_task} table, one statement per step, each committed on its own: the
 * database, not any node's memory, decides who runs a task. Every write is conditional, so two
 * nodes doing the same step at once cannot both succeed.
 */
final class TaskTable {

    /** SQLSTATE class of integrity constraint violations (a duplicate key), in H2 and PostgreSQL. */
    private static final String INTEGRITY = "23";
    private static final int ERROR_CHARS = 1000;

    private final DataSource dataSource;

    TaskTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records a task, first due one period from now, unless a node recorded it before; then only
     * its period is brought up to date.
     */
    void register(String name, Duration period, Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO scheduled_task (name, period_seconds,"
                    + " due_at, runs) VALUES (?, ?, ?, 0)")) {
                insert.setString(1, name);
                insert.setLong(2, period.toSeconds());
                insert.setObject(3, at(now.plus(period)));
                insert.executeUpdate();
            } catch (SQLException e) {
                if (e.getSQLState() == null || !e.getSQLState().startsWith(INTEGRITY)) {
                    throw e;
                }
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE scheduled_task SET period_seconds = ? WHERE name = ?")) {
                    update.setLong(1, period.toSeconds());
                    update.setString(2, name);
                    update.executeUpdate();
                }
            }
        }
    }

    /**
     * Takes a due task whose lease, if any, has run out: in one conditional statement, so of
     * nodes trying at once exactly one succeeds.
     *
     * @return the time the task was due, if this node now holds it
     */
    Optional<Instant> claim(String name, String node, Instant now, Instant leaseUntil) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement claim = connection.prepareStatement("UPDATE scheduled_task SET holder = ?, lease_until = ?"
                    + " WHERE name = ? AND due_at <= ? AND (lease_until IS NULL OR lease_until < ?)")) {
                claim.setString(1, node);
                claim.setObject(2, at(leaseUntil));
                claim.setString(3, name);
                claim.setObject(4, at(now));
                claim.setObject(5, at(now));
                if (claim.executeUpdate() != 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement due = connection.prepareStatement("SELECT due_at FROM scheduled_task WHERE name = ?")) {
                due.setString(1, name);
                try (ResultSet row = due.executeQuery()) {
                    row.next();
                    return Optional.of(instant(row, "due_at"));
                }
            }
        }
    }

    /** Extends the lease of a task this node still holds; false when it lost it meanwhile. */
    boolean renew(String name, String node, Instant leaseUntil) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement renew = connection.prepareStatement(
                        "UPDATE scheduled_task SET lease_until = ? WHERE name = ? AND holder = ?")) {
            renew.setObject(1, at(leaseUntil));
            renew.setString(2, name);
            renew.setString(3, node);
            return renew.executeUpdate() == 1;
        }
    }

    /**
     * Records a run and releases the task until {@code nextDue}, if this node still holds it; a
     * node whose lease ran out and was taken over records nothing.
     *
     * @param error why the run failed, or null
     */
    boolean finish(String name, String node, Instant now, Instant nextDue, String error) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement finish = connection.prepareStatement("UPDATE scheduled_task SET due_at = ?, holder = NULL,"
                        + " lease_until = NULL, last_run_at = ?, last_node = ?, last_error = ?, runs = runs + 1"
                        + " WHERE name = ? AND holder = ?")) {
            finish.setObject(1, at(nextDue));
            finish.setObject(2, at(now));
            finish.setString(3, node);
            finish.setString(4, error == null || error.length() <= ERROR_CHARS ? error : error.substring(0, ERROR_CHARS));
            finish.setString(5, name);
            finish.setString(6, node);
            return finish.executeUpdate() == 1;
        }
    }

    /** Every task of the cluster, by name. */
    List<TaskState> all() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT name, period_seconds, runs, last_run_at, last_node,"
                        + " last_error, due_at, holder, lease_until FROM scheduled_task ORDER BY name");
                ResultSet rows = select.executeQuery()) {
            List<TaskState> tasks = new ArrayList<>();
            while (rows.next()) {
                tasks.add(new TaskState(rows.getString("name"), Duration.ofSeconds(rows.getLong("period_seconds")).toString(),
                        rows.getLong("runs"), instant(rows, "last_run_at"), rows.getString("last_node"),
                        rows.getString("last_error"), instant(rows, "due_at"), rows.getString("holder"),
                        instant(rows, "lease_until")));
            }
            return tasks;
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
