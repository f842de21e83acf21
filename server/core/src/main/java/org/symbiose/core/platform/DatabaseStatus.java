package org.symbiose.core.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Whether the database answers: a connection from the pool, checked by the driver within a short
 * timeout. The answer is kept for a second, so that a health check polled by many clients (a load
 * balancer, a benchmark's floor) costs the database one round trip a second.
 */
@ApplicationScoped
public class DatabaseStatus {

    /** Long enough for a loaded database, short enough for a health check polled every second or so. */
    static final int TIMEOUT_SECONDS = 2;

    private static final long KEPT_NANOS = 1_000_000_000L;

    private static final Logger LOG = Logger.getLogger(DatabaseStatus.class.getName());

    private volatile Check last;

    @Resource(lookup = "java:app/jdbc/symbiose")
    private DataSource dataSource;

    protected DatabaseStatus() {
    }

    /** A status over {@code dataSource} (tests). */
    public DatabaseStatus(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True when a connection of the pool was valid within {@value #TIMEOUT_SECONDS} s, checked at most a second ago. */
    public boolean up() {
        Check check = last;
        long now = System.nanoTime();
        if (check == null || now - check.at() > KEPT_NANOS) {
            check = new Check(now, answers());
            last = check;
        }
        return check.up();
    }

    private boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Database down", e);
            return false;
        }
    }

    private record Check(long at, boolean up) {
    }
}
