package org.symbiose.config;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The database connection an admin configures ({@code symbiose.db.url}, {@code .user},
 * {@code .password}): the driver follows the JDBC URL, so one datasource definition serves H2
 * and PostgreSQL. The server pools the connections; this class only opens them.
 *
 * <p>It reads the configuration through {@link Settings} because Payara resolves neither the class
 * name of a datasource definition nor references to the application's own configuration sources
 * at deployment; and it lives in the EAR's {@code lib/} because the server loads a datasource class
 * with the application's class loader, which does not see inside the web module.
 *
 * <p>A commit is written to the database's files before the request that made it is answered: an
 * H2 URL that does not say otherwise gets {@code WRITE_DELAY=0} (H2 otherwise writes commits up to
 * half a second later, and a killed server loses them); PostgreSQL does so by default.
 *
 * <p>An H2 file database is opened through H2's {@code retry:} file system: H2 otherwise closes the
 * whole database, for every request, when a thread is interrupted inside a file operation (the
 * watchdog interrupts a plugin request that runs late, possibly during its commit), whereas
 * {@code retry:} reopens the file and repeats the operation.
 */
public class ConfiguredDataSource implements DataSource {

    private static final String H2 = "jdbc:h2:";
    private static final Pattern WRITE_DELAY = Pattern.compile("(?i);\\s*WRITE_DELAY\\s*=");
    /** A database in a file: {@code file:} or a bare path (absolute, home, relative, or a drive letter). */
    private static final Pattern FILE_DATABASE = Pattern.compile("(?i)file:|[/~.\\\\]|[a-z]:[/\\\\]");

    private final String url;
    private final String user;
    private final String password;
    private volatile Driver driver;
    private int loginTimeout;

    public ConfiguredDataSource() {
        url = durable(Settings.value("symbiose.db.url")
                .orElseThrow(() -> new IllegalStateException("symbiose.db.url is not set")));
        user = Settings.value("symbiose.db.user").orElse("");
        password = Settings.value("symbiose.db.password").orElse("");
    }

    /**
     * The URL the connections use: the admin's, with H2's commits written at once unless it sets their
     * delay, and an H2 file database kept open through interrupts.
     */
    static String durable(String url) {
        if (!url.regionMatches(true, 0, H2, 0, H2.length())) {
            return url;
        }
        String database = url.substring(H2.length());
        if (FILE_DATABASE.matcher(database).lookingAt()) {
            database = "retry:" + database;
        }
        return H2 + (WRITE_DELAY.matcher(database).find() ? database : database + ";WRITE_DELAY=0");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String secret) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", username);
        credentials.setProperty("password", secret);
        Connection connection = driver().connect(url, credentials);
        if (connection == null) {
            throw new SQLException("The driver " + driver + " refuses " + url);
        }
        return connection;
    }

    /**
     * The driver for the URL, found among those this class's loader sees: the PostgreSQL driver
     * ships in the EAR's {@code lib/}, where the server's {@link DriverManager}, which registered
     * its drivers at the server's start, never looked. A driver the server itself provides (its
     * H2) comes through the parent loaders or, failing that, from {@link DriverManager}.
     */
    private Driver driver() throws SQLException {
        if (driver == null) {
            Optional<Driver> loaded = loadedDriver();
            driver = loaded.isPresent() ? loaded.get() : DriverManager.getDriver(url);
        }
        return driver;
    }

    private Optional<Driver> loadedDriver() throws SQLException {
        Iterator<Driver> drivers = ServiceLoader.load(Driver.class, ConfiguredDataSource.class.getClassLoader())
                .iterator();
        while (drivers.hasNext()) {
            Driver candidate;
            try {
                candidate = drivers.next();
            } catch (ServiceConfigurationError e) {
                // one broken driver jar in the server must not hide the one the URL needs
                continue;
            }
            if (candidate.acceptsURL(url)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Connection errors surface as exceptions; there is nothing to write here.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
