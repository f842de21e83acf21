package org.symbiose.core.member;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import org.symbiose.api.cache.SharedCaches;
import org.symbiose.core.cache.CommittedValues;
import org.symbiose.core.moderation.MemberTrust;

/**
 * Members' standings, kept in memory between requests: every signed-in request and most
 * permission checks need one, and reading the member and their trust level each time cost two
 * queries out of a read's three or four.
 *
 * <p>Exact across the cluster: {@link StandingChanges} drops a member's standing on every node
 * whenever their row or their trust row is written, after the transaction commits.
 */
@ApplicationScoped
public class Standings {

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private SharedCaches caches;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private CommittedValues<Long, Optional<MemberStanding>> standings;

    @PostConstruct
    void start() {
        standings = new CommittedValues<>(caches.cache("member-standings", 50_000), this::read, transactions);
    }

    /** Outside a container (the core's tests): every standing read from {@code em}, none kept. */
    public static Standings reading(EntityManager em) {
        Standings standings = new Standings();
        standings.em = em;
        return standings;
    }

    /** The member's standing, as committed; empty for an unknown id. */
    public Optional<MemberStanding> of(long memberId) {
        return standings == null ? read(memberId) : standings.get(memberId);
    }

    private Optional<MemberStanding> read(long memberId) {
        return Optional.ofNullable(em.find(Member.class, memberId)).map(member -> {
            MemberTrust trust = em.find(MemberTrust.class, memberId);
            return member.standing(trust == null ? 0 : trust.level());
        });
    }

    /** Drops the member's standing on every node: their row or their trust changed. */
    void forget(long memberId) {
        standings.changed(memberId);
    }
}
