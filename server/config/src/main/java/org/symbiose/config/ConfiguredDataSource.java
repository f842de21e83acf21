package org.symbiose.config;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
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
 */
public class ConfiguredDataSource implements DataSource {

    private final String url;
    private final String user;
    private final String password;
    private int loginTimeout;

    public ConfiguredDataSource() {
        url = Settings.value("symbiose.db.url")
                .orElseThrow(() -> new IllegalStateException("symbiose.db.url is not set"));
        user = Settings.value("symbiose.db.user").orElse("");
        password = Settings.value("symbiose.db.password").orElse("");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String secret) throws SQLException {
        return DriverManager.getConnection(url, username, secret);
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
