package org.symbiose.core.plugin;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.symbiose.api.cache.SharedCaches;
import org.symbiose.api.member.AccountState;
import org.symbiose.api.member.Permissions;
import org.symbiose.api.member.Role;
import org.symbiose.core.cache.CommittedValues;
import org.symbiose.core.member.MemberStanding;
import org.symbiose.core.member.Standings;
import org.symbiose.spi.permission.Permission;
import org.symbiose.spi.permission.PermissionDeclaration;

/**
 * Plugins' permissions: declared by enabled plugins, granted to roles by administrators. A role
 * holds a permission when it includes the least role it is granted to.
 */
@ApplicationScoped
@Transactional
public class PluginPermissions implements Permissions {

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private PluginHost host;

    @Inject
    private Clock clock;

    @Inject
    private Standings standings;

    @Inject
    private SharedCaches caches;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** Each permission's least role as granted by an administrator; empty: as its plugin declares. */
    private CommittedValues<String, Optional<Role>> grants;

    @PostConstruct
    void start() {
        grants = new CommittedValues<>(caches.cache("permission-grants", 1_000), this::read, transactions);
    }

    /** Asked by most requests of plugins, so it starts no transaction and reads cached standings and grants. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean allows(long memberId, String permission) {
        Optional<DeclaredPermission> declared = find(permission);
        Optional<MemberStanding> member = standings.of(memberId);
        if (declared.isEmpty() || member.isEmpty() || member.get().state() == AccountState.DELETED) {
            return false;
        }
        return member.get().role().includes(declared.get().grantedTo());
    }

    /** Every permission enabled plugins declare; a declaration outside its plugin's name space is ignored. */
    public List<DeclaredPermission> declared() {
        return declared(key -> true);
    }

    /** Grants a declared permission to {@code role} and every role above it. */
    public DeclaredPermission grant(String permission, Role role) {
        find(permission).orElseThrow(() -> new PluginException(PluginException.Kind.NOT_FOUND,
                "No enabled plugin declares the permission " + permission));
        PermissionGrant grant = em.find(PermissionGrant.class, permission);
        if (grant == null) {
            em.persist(new PermissionGrant(permission, role, clock.instant()));
        } else {
            grant.grant(role, clock.instant());
        }
        em.flush();
        grants.changed(permission);
        return find(permission).orElseThrow();
    }

    private Optional<DeclaredPermission> find(String permission) {
        return declared(permission::equals).stream().findFirst();
    }

    private List<DeclaredPermission> declared(Predicate<String> wanted) {
        return Declarations.collect(host, host.contributions().permissionDeclarations(), PermissionDeclaration::permissions,
                Permission::key, wanted, (plugin, permission) -> new DeclaredPermission(permission.key(), plugin,
                        permission.label(), permission.grantedTo(),
                        granted(permission.key()).orElse(permission.grantedTo())),
                "permissions");
    }

    private Optional<Role> granted(String permission) {
        return grants.get(permission);
    }

    private Optional<Role> read(String permission) {
        return Optional.ofNullable(em.find(PermissionGrant.class, permission)).map(PermissionGrant::leastRole);
    }
}
