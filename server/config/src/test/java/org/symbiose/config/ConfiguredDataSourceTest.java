package org.symbiose.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfiguredDataSourceTest {

    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        System.clearProperty("symbiose.db.url");
    }

    @Test
    void anH2CommitIsWrittenBeforeItIsAcknowledged() throws SQLException {
        System.setProperty("symbiose.db.url", "jdbc:h2:" + dir.resolve("db"));
        assertEquals("0", writeDelay(new ConfiguredDataSource()),
                "H2 writes a commit up to 500 ms later by default: a killed server loses it");
    }

    @Test
    void anAdminsOwnWriteDelayStays() throws SQLException {
        System.setProperty("symbiose.db.url", "jdbc:h2:" + dir.resolve("db") + ";write_delay=200");
        assertEquals("200", writeDelay(new ConfiguredDataSource()));
    }

    @Test
    void otherDatabasesKeepTheirUrl() {
        assertEquals("jdbc:postgresql://db:5432/symbiose",
                ConfiguredDataSource.durable("jdbc:postgresql://db:5432/symbiose"));
        assertEquals("jdbc:h2:retry:/srv/db;AUTO_SERVER=TRUE;WRITE_DELAY=0",
                ConfiguredDataSource.durable("jdbc:H2:/srv/db;AUTO_SERVER=TRUE"));
        assertEquals("jdbc:h2:retry:file:~/db;WRITE_DELAY=0", ConfiguredDataSource.durable("jdbc:h2:file:~/db"));
        assertEquals("jdbc:h2:mem:test;WRITE_DELAY=0", ConfiguredDataSource.durable("jdbc:h2:mem:test"));
        assertEquals("jdbc:h2:tcp://db/symbiose;WRITE_DELAY=0", ConfiguredDataSource.durable("jdbc:h2:tcp://db/symbiose"));
        assertEquals("jdbc:h2:retry:/srv/db;WRITE_DELAY=0", ConfiguredDataSource.durable("jdbc:h2:retry:/srv/db"));
    }

    /** The watchdog of a late plugin request interrupts its thread, perhaps while H2 writes a commit. */
    @Test
    void anInterruptedWriterLeavesTheDatabaseOpen() throws Exception {
        System.setProperty("symbiose.db.url", "jdbc:h2:" + dir.resolve("db"));
        DataSource dataSource = new ConfiguredDataSource();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t(id INT AUTO_INCREMENT PRIMARY KEY)");
        }
        Thread writer = new Thread(() -> {
            for (int i = 0; i < 300; i++) {
                try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                    statement.execute("INSERT INTO t() VALUES ()");
                } catch (SQLException e) {
                    // interrupted here: what matters is the next connection
                }
            }
        });
        writer.start();
        while (writer.isAlive()) {
            writer.interrupt();
            Thread.sleep(1);
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM t")) {
            count.next();
            assertTrue(count.getInt(1) > 0, "the database still answers and kept the writes");
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO t() VALUES ()");
        }
    }

    /**
     * As in an EAR: the PostgreSQL driver sits beside the datasource in a class loader of its own,
     * unknown to {@link java.sql.DriverManager}, which found its drivers on the system class path
     * (the build keeps the driver off this test's class path).
     */
    @Test
    void theDriverBesideTheDataSourceServesTheUrl() throws Exception {
        URL config = ConfiguredDataSource.class.getProtectionDomain().getCodeSource().getLocation();
        URL driver = Path.of(System.getProperty("postgresql.jar")).toUri().toURL();
        System.setProperty("symbiose.db.url", "jdbc:postgresql://localhost:1/none?connectTimeout=2");
        try (URLClassLoader ear = new URLClassLoader(new URL[] {config, driver}, ClassLoader.getPlatformClassLoader())) {
            DataSource dataSource = (DataSource) ear.loadClass(ConfiguredDataSource.class.getName())
                    .getConstructor().newInstance();
            SQLException refused = assertThrows(SQLException.class, dataSource::getConnection);
            assertEquals("org.postgresql.util.PSQLException", refused.getClass().getName(),
                    "the PostgreSQL driver itself tries the port, rather than no driver found: " + refused);
        }
    }

    private static String writeDelay(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet setting = statement.executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            setting.next();
            return setting.getString(1);
        }
    }
}
