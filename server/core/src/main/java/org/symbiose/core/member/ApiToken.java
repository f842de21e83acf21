package org.symbiose.core.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.symbiose.core.persistence.Ids;

/** A personal API token. Only its SHA-256 is stored: the token itself is shown once, at creation. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(nullable = false)
    private Instant created;

    @Column(name = "last_used")
    private Instant lastUsed;

    private Instant revoked;

    protected ApiToken() {
    }

    ApiToken(long memberId, String name, String tokenHash, Instant now) {
        this.memberId = memberId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.created = now;
    }

    void used(Instant now) {
        lastUsed = now;
    }

    void revoke(Instant now) {
        if (revoked == null) {
            revoked = now;
        }
    }

    public Long getId() { return id; }
    public long getMemberId() { return memberId; }
    public String getName() { return name; }
    public Instant getCreated() { return created; }
    public Instant getLastUsed() { return lastUsed; }
    public Instant getRevoked() { return revoked; }
    String getTokenHash() { return tokenHash; }
}
