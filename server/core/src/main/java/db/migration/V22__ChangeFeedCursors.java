package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The change feed kept for every node: each node follows it with a position of its own, reported in
 * {@code feed_reader}; rows go once every live node passed them ({@code feed_horizon} says how far), and
 * a sequence of their own numbers them one by one so that holes in it mean something. In Java because
 * the sequence starts above the rows already there, the same way on H2 and PostgreSQL.
 */
public class V22__ChangeFeedCursors extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            long highest;
            try (ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM item_change")) {
                max.next();
                highest = max.getLong(1);
            }
            // one value per insert, not blocks of the shared id sequence: a follower tells a change not
            // committed yet by the hole it leaves, which blocks handed out per server would blur
            statement.execute("CREATE SEQUENCE item_change_seq START WITH " + (highest + 1) + " INCREMENT BY 1");
            // the database's clock, so that the lag and the retention do not depend on a node's
            statement.execute("ALTER TABLE item_change ADD COLUMN written_at TIMESTAMP WITH TIME ZONE"
                    + " DEFAULT CURRENT_TIMESTAMP NOT NULL");
            statement.execute("CREATE TABLE feed_reader ("
                    + " node_name VARCHAR(200) PRIMARY KEY,"
                    + " feed_position BIGINT NOT NULL,"
                    + " last_seen TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " index_mode VARCHAR(20) NOT NULL)");
            // the highest seq ever pruned: a node whose position is below it lost changes and rebuilds
            statement.execute("CREATE TABLE feed_horizon (id INT PRIMARY KEY, pruned_through BIGINT NOT NULL)");
            statement.execute("INSERT INTO feed_horizon (id, pruned_through) VALUES (1, 0)");
        }
    }
}
