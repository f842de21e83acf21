package org.symbiose.web.rest.member;

import java.time.Instant;
import org.symbiose.core.member.ApiToken;

/**
 * An API token as listed; {@code token}, the secret, is present only in the answer that creates it.
 */
public record TokenView(long id, String name, String token, Instant created, Instant lastUsed, Instant revoked) {

    static TokenView of(ApiToken t) {
        return new TokenView(t.getId(), t.getName(), null, t.getCreated(), t.getLastUsed(), t.getRevoked());
    }

    static TokenView issued(ApiToken t, String secret) {
        return new TokenView(t.getId(), t.getName(), secret, t.getCreated(), null, null);
    }
}
