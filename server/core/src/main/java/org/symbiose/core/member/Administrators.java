package org.symbiose.core.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.symbiose.api.member.AccountState;
import org.symbiose.api.member.Role;

/**
 * The administrators, of whom one at least can always sign in: nobody else can give the role
 * back, install plugins or change the settings.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Administrators {

    /** The states an administrator can sign in with. */
    private static final List<AccountState> SIGNING_IN = List.of(AccountState.ACTIVE, AccountState.SILENCED);

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    protected Administrators() {
    }

    /** Administrators outside a container (tests): the caller runs the transactions. */
    public Administrators(EntityManager em) {
        this.em = em;
    }

    /**
     * Refuses, in the transaction about to demote, suspend or delete {@code member}, when no other
     * administrator could still sign in afterwards.
     *
     * @throws MemberException a conflict, with nothing written
     */
    public void keepAnotherThan(Member member) {
        if (member.getRole() != Role.ADMINISTRATOR || !SIGNING_IN.contains(member.getState())) {
            return;
        }
        // Every administrator's row locked until this transaction ends, always in id order: two
        // administrators demoting each other take turns, and the second counts after the first
        // committed, so the count below cannot be stale.
        em.createQuery("SELECT m FROM Member m WHERE m.role = :admin ORDER BY m.id", Member.class)
                .setParameter("admin", Role.ADMINISTRATOR).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        long others = em.createQuery("SELECT COUNT(m) FROM Member m WHERE m.role = :admin AND m.state IN :signingIn"
                        + " AND m.id <> :id", Long.class)
                .setParameter("admin", Role.ADMINISTRATOR).setParameter("signingIn", SIGNING_IN)
                .setParameter("id", member.getId()).getSingleResult();
        if (others == 0) {
            throw new MemberException(MemberException.Kind.CONFLICT, null, member.getDisplayName()
                    + " is the last administrator who can sign in: make another member administrator first");
        }
    }
}
