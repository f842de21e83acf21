package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * One sequence for every table's ids ({@code org.symbiose.core.persistence.Ids}), starting above
 * every id already given, so a database migrated from identity columns keeps its rows. In Java
 * because the start depends on the data, the same way on H2 and PostgreSQL.
 */
public class V10__IdSequence extends BaseJavaMigration {

    /** The tables whose ids the sequence now gives, with their id column. */
    private static final Map<String, String> TABLES = Map.of(
            "member", "id", "api_token", "id", "item", "id", "item_change", "seq", "notification", "id",
            "audit_entry", "id", "item_flag", "id", "review_entry", "id", "watched_word", "id");
    private static final int BLOCK = 50;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        long highest = 0;
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                try (ResultSet max = statement.executeQuery(
                        "SELECT COALESCE(MAX(" + table.getValue() + "), 0) FROM " + table.getKey())) {
                    max.next();
                    highest = Math.max(highest, max.getLong(1));
                }
            }
            // EclipseLink takes each value as the last of a block of BLOCK ids: the first block must
            // begin above every existing id
            statement.execute("CREATE SEQUENCE symbiose_ids START WITH " + (highest + BLOCK) + " INCREMENT BY " + BLOCK);
        }
    }
}
