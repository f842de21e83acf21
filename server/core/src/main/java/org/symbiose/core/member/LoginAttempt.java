package org.symbiose.core.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.symbiose.core.persistence.Ids;

/** A sign-in attempt counted by the {@link LoginThrottle} for one key; it stays if the password was wrong. */
@Entity
@Table(name = "login_attempt")
public class LoginAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "throttle_key", nullable = false)
    private String key;

    @Column(name = "attempted_at", nullable = false)
    private Instant at;

    protected LoginAttempt() {
    }

    LoginAttempt(String key, Instant at) {
        this.key = key;
        this.at = at;
    }

    Long id() {
        return id;
    }
}
