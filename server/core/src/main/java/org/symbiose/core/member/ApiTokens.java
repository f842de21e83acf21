package org.symbiose.core.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Personal API tokens: created by a member, sent as {@code Authorization: Bearer}, revocable. */
@ApplicationScoped
@Transactional
public class ApiTokens {

    /** What every token starts with, so secret scanners and people recognize one. */
    public static final String PREFIX = "sym_";
    /** Writing last-used at most this often keeps token requests from all writing. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** A new token and its secret, which is never shown again. */
    public record Issued(ApiToken token, String secret) {
    }

    public Issued issue(long memberId, String name) {
        String secret = PREFIX + OneTimePassword.generate();
        ApiToken token = new ApiToken(memberId, name.strip(), sha256(secret), clock.instant());
        em.persist(token);
        em.flush();
        return new Issued(token, secret);
    }

    public List<ApiToken> list(long memberId) {
        return em.createQuery("select t from ApiToken t where t.memberId = :m order by t.id desc", ApiToken.class)
                .setParameter("m", memberId).getResultList();
    }

    /** Revokes one of the member's tokens; another member's token is "not found". */
    public void revoke(long memberId, long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || token.getMemberId() != memberId) {
            throw new MemberException(MemberException.Kind.NOT_FOUND, null, "You have no token with id " + tokenId);
        }
        token.revoke(clock.instant());
    }

    /** The member id a live token belongs to. */
    public Optional<Long> memberOf(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<ApiToken> found = em.createQuery(
                        "select t from ApiToken t where t.tokenHash = :h and t.revoked is null", ApiToken.class)
                .setParameter("h", sha256(secret)).getResultStream().findFirst();
        Instant now = clock.instant();
        found.filter(t -> t.getLastUsed() == null || t.getLastUsed().plus(LAST_USED_PRECISION).isBefore(now))
                .ifPresent(t -> t.used(now));
        return found.map(ApiToken::getMemberId);
    }

    private static String sha256(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
