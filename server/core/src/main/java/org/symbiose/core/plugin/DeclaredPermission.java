package org.symbiose.core.plugin;

import org.symbiose.api.member.Role;

/**
 * A plugin's permission as administrators see it.
 *
 * @param key       {@code <plugin-id>.<name>}
 * @param plugin    the declaring plugin
 * @param label     what it allows
 * @param declared  the least role the plugin grants it to
 * @param grantedTo the least role that holds it now (the administrators' choice, else {@code declared})
 */
public record DeclaredPermission(String key, String plugin, String label, Role declared, Role grantedTo) {
}
