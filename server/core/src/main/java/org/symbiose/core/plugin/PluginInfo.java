package org.symbiose.core.plugin;

import java.util.List;

/**
 * A plugin as an administrator sees it.
 *
 * @param id       the plugin id, its bundle's symbolic name
 * @param name     its human name
 * @param version  its version
 * @param state    ACTIVE, RESOLVED, INSTALLED, STARTING or STOPPING
 * @param enabled  false when an administrator switched it off: it then contributes nothing
 * @param requires what it needs from the server: its package imports, as OSGi filters
 * @param problems  why it is not active, one line per unmet need; empty when none is known
 * @param lastError the last failure of one of its requests (an error, or a request over the time
 *                  limit), with its time; null when none since the server started
 * @param dataVersion the version its data is at, after its upgrade steps; 0 before any
 * @param adds     what it adds to the server (its contributions, its pages), one line each
 * @param nodes    its state on each node of the cluster (this one included), by node name, as each
 *                 node last recorded it
 */
public record PluginInfo(String id, String name, String version, String state, boolean enabled, List<String> requires,
        List<String> problems, String lastError, int dataVersion, List<String> adds, List<PluginNodeState> nodes) {

    public PluginInfo {
        requires = List.copyOf(requires);
        problems = List.copyOf(problems);
        adds = List.copyOf(adds);
        nodes = List.copyOf(nodes);
    }

    /** This plugin with its state on each node. */
    public PluginInfo onNodes(List<PluginNodeState> states) {
        return new PluginInfo(id, name, version, state, enabled, requires, problems, lastError, dataVersion, adds, states);
    }
}
