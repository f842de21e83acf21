package org.symbiose.core.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.symbiose.api.member.AccountState;
import org.symbiose.api.member.MemberDirectory;
import org.symbiose.api.member.MemberInfo;
import org.symbiose.core.moderation.TrustLevels;

/**
 * The member directory plugins use, on the members table. It only reads, so it joins a caller's
 * transaction but starts none: outside one, members come from the cached {@link Standings}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoreMemberDirectory implements MemberDirectory {

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private Members members;

    @Inject
    private TrustLevels trust;

    @Inject
    private Standings standings;

    @Inject
    private ApiTokens tokens;

    @Inject
    private Clock clock;

    @Override
    public Optional<MemberInfo> find(long id) {
        return standings.of(id).map(MemberStanding::info);
    }

    @Override
    public Optional<MemberInfo> byDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT m FROM Member m WHERE LOWER(m.displayName) = :name AND m.state <> :deleted ORDER BY m.id",
                        Member.class)
                .setParameter("name", displayName.strip().toLowerCase(Locale.ROOT))
                .setParameter("deleted", AccountState.DELETED)
                .setMaxResults(1).getResultStream().findFirst().map(this::info);
    }

    @Override
    public Locale language(long id) {
        return Locale.forLanguageTag(members.find(id).map(Member::getLocale).filter(Members.LOCALES::contains)
                .orElse(Members.LOCALES.get(0)));
    }

    @Override
    public Optional<MemberInfo> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return members.findByEmail(email.strip()).filter(m -> m.getState() != AccountState.DELETED).map(this::info);
    }

    @Override
    public Optional<MemberInfo> byApiToken(String token) {
        return tokens.memberOf(token).flatMap(standings::of).filter(m -> m.mayEnterAt(clock.instant()))
                .map(MemberStanding::info);
    }

    private MemberInfo info(Member member) {
        return new MemberInfo(member.ref(), member.getRole(), member.getState(), member.getCreated(), trust.level(member.getId()));
    }
}
