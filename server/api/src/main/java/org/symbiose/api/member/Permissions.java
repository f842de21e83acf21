package org.symbiose.api.member;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Whether a member holds a permission, as declared by a plugin and granted to roles by
 * administrators. A service in the registry.
 */
@ProviderType
public interface Permissions {

    /** Whether member {@code memberId} holds {@code permission}; false for an unknown permission or member. */
    boolean allows(long memberId, String permission);
}
