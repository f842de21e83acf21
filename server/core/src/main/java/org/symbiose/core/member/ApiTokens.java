package org.symbiose.core.member;

import jakarta.annotation.PostConstruct;
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
import org.symbiose.api.cache.SharedCache;
import org.symbiose.api.cache.SharedCaches;

/**
 * Personal API tokens: created by a member, sent as {@code Authorization: Bearer}, revocable.
 *
 * <p>Every API call reads its token, so live tokens are cached by their hash, and a revocation drops
 * its token on every node. Only which member a token is for is kept: whether that member may still
 * sign in (suspended, deleted) is their {@link Standings}, kept and dropped on their own.
 */
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

    @Inject
    private SharedCaches caches;

    /** A live token as last read: its member and when it was last used. */
    record Live(long tokenId, long memberId, Instant lastUsed) {
    }

    private SharedCache<String, Live> live;

    @PostConstruct
    void start() {
        live = caches.cache("api-tokens", 20_000);
    }

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
        live.invalidate(token.getTokenHash());
    }

    /** The member id a live token belongs to. */
    public Optional<Long> memberOf(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = sha256(secret);
        Live token = live.get(hash, this::read);
        if (token == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (token.lastUsed() == null || token.lastUsed().plus(LAST_USED_PRECISION).isBefore(now)) {
            ApiToken stored = em.find(ApiToken.class, token.tokenId());
            if (stored == null || stored.getRevoked() != null) {
                live.invalidate(hash);
                return Optional.empty();
            }
            stored.used(now);
            // read again with its new last use, once this commits
            live.invalidate(hash);
        }
        return Optional.of(token.memberId());
    }

    private Live read(String hash) {
        return em.createQuery("select t from ApiToken t where t.tokenHash = :h and t.revoked is null", ApiToken.class)
                .setParameter("h", hash).getResultStream().findFirst()
                .map(t -> new Live(t.getId(), t.getMemberId(), t.getLastUsed())).orElse(null);
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
