package org.symbiose.spi.permission;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The permissions a plugin declares. Register one implementation per plugin as an OSGi service;
 * keys must start with the plugin id and a dot. Check them with
 * {@link org.symbiose.api.member.Permissions}.
 */
@ConsumerType
public interface PermissionDeclaration {

    List<Permission> permissions();
}
