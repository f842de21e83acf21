package org.symbiose.spi.permission;

import java.util.Objects;
import org.symbiose.api.member.Role;

/**
 * A permission a plugin declares.
 *
 * @param key       {@code <plugin-id>.<name>}, for example {@code forum.moderate}
 * @param label     what it allows, for administrators
 * @param grantedTo the least role that holds it until an administrator decides otherwise
 */
public record Permission(String key, String label, Role grantedTo) {
    public Permission {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(grantedTo, "grantedTo");
    }
}
