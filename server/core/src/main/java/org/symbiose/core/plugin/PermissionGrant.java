package org.symbiose.core.plugin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.symbiose.api.member.Role;

/** An administrator's decision on a permission: the least role that holds it. */
@Entity
@Table(name = "permission_grant")
public class PermissionGrant {

    @Id
    private String permission;

    @Enumerated(EnumType.STRING)
    @Column(name = "least_role", nullable = false)
    private Role leastRole;

    @Column(nullable = false)
    private Instant updated;

    protected PermissionGrant() {
    }

    PermissionGrant(String permission, Role leastRole, Instant now) {
        this.permission = permission;
        grant(leastRole, now);
    }

    void grant(Role role, Instant now) {
        leastRole = role;
        updated = now;
    }

    Role leastRole() {
        return leastRole;
    }
}
