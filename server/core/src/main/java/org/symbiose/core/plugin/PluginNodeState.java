package org.symbiose.core.plugin;

import java.time.Instant;

/**
 * A plugin's state on one node of the cluster, as that node last recorded it.
 *
 * @param node    the node's name
 * @param version the plugin's version there
 * @param state   ACTIVE, RESOLVED, INSTALLED, STARTING or STOPPING there; DISABLED when switched off
 * @param error   why it is not working there (its last failure or first problem); null when none
 * @param updated when the node last saw this state change
 */
public record PluginNodeState(String node, String version, String state, String error, Instant updated) {
}
