package org.symbiose.core.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * What the nodes sharing one plugins folder share about plugins beyond their jars, in the
 * database: which plugins an administrator switched off (each node reads it again every few
 * seconds, {@link #refresh()}), and each plugin's state on each node, which each node records
 * for its own plugins ({@link #record(List)}) so that any node lists them all.
 */
final class ClusterPlugins {

    private static final Logger LOG = Logger.getLogger(ClusterPlugins.class.getName());
    private static final String INTEGRITY = "23";
    private static final int ERROR_CHARS = 2000;

    private final DataSource dataSource;
    private final String node;
    private final Clock clock;
    private volatile Set<String> disabled = Set.of();
    /** What this node last recorded of each of its plugins, so that only changes are written. */
    private final Map<String, PluginNodeState> recorded = new HashMap<>();
    private boolean started;

    ClusterPlugins(DataSource dataSource, String node, Clock clock) {
        this.dataSource = dataSource;
        this.node = node;
        this.clock = clock;
    }

    /**
     * Takes over the list of disabled plugins an earlier version kept in a file beside the
     * folder, then renames that file so that it is taken over once.
     */
    void takeOver(Path formerList) {
        try {
            if (!Files.exists(formerList)) {
                return;
            }
            for (String id : Files.readAllLines(formerList)) {
                if (!id.isBlank()) {
                    disable(id.strip());
                }
            }
            Files.move(formerList, formerList.resolveSibling(formerList.getFileName() + ".migrated"));
            LOG.info(() -> "Disabled plugins taken over from " + formerList + " into the database");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot take over " + formerList, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take over " + formerList, e);
        }
    }

    /** Reads again which plugins are switched off. */
    void refresh() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT plugin FROM plugin_disabled");
                ResultSet rows = select.executeQuery()) {
            Set<String> now = new HashSet<>();
            while (rows.next()) {
                now.add(rows.getString(1));
            }
            disabled = Set.copyOf(now);
        }
    }

    boolean enabled(String id) {
        return id == null || !disabled.contains(id);
    }

    /** Switches a plugin on or off on every node; this node follows at once, the others within seconds. */
    void setEnabled(String id, boolean enabled) throws SQLException {
        if (enabled) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement delete = connection.prepareStatement("DELETE FROM plugin_disabled WHERE plugin = ?")) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
        } else {
            disable(id);
        }
        refresh();
    }

    private void disable(String id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO plugin_disabled (plugin, disabled) VALUES (?, ?)")) {
            insert.setString(1, id);
            insert.setObject(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith(INTEGRITY)) {
                throw e;
            }
            // disabled already, by this node or another
        }
    }

    /** Records the state of this node's plugins: the changed ones, and removes those it no longer has. */
    synchronized void record(List<PluginInfo> plugins) throws SQLException {
        Map<String, PluginNodeState> current = new TreeMap<>();
        for (PluginInfo plugin : plugins) {
            if (plugin.id() != null) {
                current.put(plugin.id(), stateOf(plugin));
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!started) {
                // rows of plugins removed while this node was down
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM plugin_node_state WHERE node = ?")) {
                    delete.setString(1, node);
                    delete.executeUpdate();
                }
                started = true;
            }
            for (Map.Entry<String, PluginNodeState> entry : current.entrySet()) {
                PluginNodeState before = recorded.get(entry.getKey());
                if (before == null || !sameState(before, entry.getValue())) {
                    write(connection, entry.getKey(), entry.getValue());
                    recorded.put(entry.getKey(), entry.getValue());
                }
            }
            for (String gone : recorded.keySet().stream().filter(id -> !current.containsKey(id)).toList()) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM plugin_node_state WHERE node = ? AND plugin = ?")) {
                    delete.setString(1, node);
                    delete.setString(2, gone);
                    delete.executeUpdate();
                }
                recorded.remove(gone);
            }
        }
    }

    /** Every node's state of each plugin, by plugin id, the nodes by name. */
    Map<String, List<PluginNodeState>> states() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT node, plugin, version, state, error, updated"
                        + " FROM plugin_node_state ORDER BY plugin, node");
                ResultSet rows = select.executeQuery()) {
            List<Map.Entry<String, PluginNodeState>> all = new ArrayList<>();
            while (rows.next()) {
                OffsetDateTime updated = rows.getObject("updated", OffsetDateTime.class);
                all.add(Map.entry(rows.getString("plugin"), new PluginNodeState(rows.getString("node"),
                        rows.getString("version"), rows.getString("state"), rows.getString("error"), updated.toInstant())));
            }
            return all.stream().collect(Collectors.groupingBy(Map.Entry::getKey, TreeMap::new,
                    Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        }
    }

    private PluginNodeState stateOf(PluginInfo plugin) {
        String error = plugin.lastError() != null ? plugin.lastError()
                : plugin.problems().isEmpty() ? null : plugin.problems().get(0);
        if (error != null && error.length() > ERROR_CHARS) {
            error = error.substring(0, ERROR_CHARS);
        }
        return new PluginNodeState(node, plugin.version(), plugin.enabled() ? plugin.state() : "DISABLED", error,
                clock.instant());
    }

    private static boolean sameState(PluginNodeState a, PluginNodeState b) {
        return Objects.equals(a.version(), b.version()) && Objects.equals(a.state(), b.state())
                && Objects.equals(a.error(), b.error());
    }

    private void write(Connection connection, String plugin, PluginNodeState state) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE plugin_node_state SET version = ?, state = ?,"
                + " error = ?, updated = ? WHERE node = ? AND plugin = ?")) {
            update.setString(1, state.version());
            update.setString(2, state.state());
            update.setString(3, state.error());
            update.setObject(4, OffsetDateTime.ofInstant(state.updated(), ZoneOffset.UTC));
            update.setString(5, node);
            update.setString(6, plugin);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        // only this node writes its own rows: no other insert races this one
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO plugin_node_state (node, plugin, version,"
                + " state, error, updated) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, node);
            insert.setString(2, plugin);
            insert.setString(3, state.version());
            insert.setString(4, state.state());
            insert.setString(5, state.error());
            insert.setObject(6, OffsetDateTime.ofInstant(state.updated(), ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }
}
