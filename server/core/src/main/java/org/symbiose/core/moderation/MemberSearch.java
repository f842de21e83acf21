package org.symbiose.core.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.symbiose.api.member.AccountState;
import org.symbiose.core.member.Member;

/** Moderators looking for members by part of their name or e-mail address, and by state. */
@ApplicationScoped
@Transactional
public class MemberSearch {

    static final int MAX_TEXT = 100;

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    /**
     * Members newest first, with ids below {@code before} when given.
     *
     * @param text  part of the name (any case) or of the e-mail address; null or blank: everyone
     * @param state only members in this state, or null
     */
    public List<MemberSummary> find(String text, AccountState state, Long before, int limit) {
        String part = text == null ? "" : text.strip();
        if (part.length() > MAX_TEXT) {
            throw new ModerationException(ModerationException.Kind.INVALID, "q", "At most " + MAX_TEXT + " characters");
        }
        StringBuilder jpql = new StringBuilder("SELECT m FROM Member m WHERE m.id < :before");
        if (!part.isEmpty()) {
            jpql.append(" AND (LOWER(m.displayName) LIKE :part ESCAPE '!' OR m.email LIKE :part ESCAPE '!')");
        }
        if (state != null) {
            jpql.append(" AND m.state = :state");
        }
        TypedQuery<Member> query = em.createQuery(jpql.append(" ORDER BY m.id DESC").toString(), Member.class)
                .setParameter("before", before == null ? Long.MAX_VALUE : before);
        if (!part.isEmpty()) {
            // e-mail addresses are stored in lower case
            query.setParameter("part", "%" + part.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
        }
        if (state != null) {
            query.setParameter("state", state);
        }
        return query.setMaxResults(limit).getResultList().stream().map(MemberSummary::of).toList();
    }
}
