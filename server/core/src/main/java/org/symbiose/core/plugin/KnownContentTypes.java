package org.symbiose.core.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * The table of content types plugins have defined, written in a transaction of its own: when
 * the first items of a new type are written at the same moment, the writers race to insert it,
 * and the loser's item must not fail with that insert.
 */
@ApplicationScoped
public class KnownContentTypes {

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** @throws RuntimeException when another transaction inserted the same type first */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insertIfAbsent(String type, String plugin) {
        if (em.find(KnownContentType.class, type) == null) {
            em.persist(new KnownContentType(type, plugin, clock.instant()));
            em.flush();
        }
    }
}
