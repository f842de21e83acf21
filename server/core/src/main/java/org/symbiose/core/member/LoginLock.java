package org.symbiose.core.member;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One of the {@value #STRIPES} rows the {@link LoginThrottle} locks while it checks and counts a key's attempts:
 * a row lock holds across servers sharing the database, where a lock in memory would not.
 */
@Entity
@Table(name = "login_lock")
public class LoginLock {

    /** As many rows as migration V21 inserts, 1 to 64. */
    static final int STRIPES = 64;

    @Id
    private int stripe;

    protected LoginLock() {
    }

    /** From 1: the persistence provider takes an id of 0 for a missing one. */
    static int stripeOf(String key) {
        return 1 + Math.floorMod(key.hashCode(), STRIPES);
    }
}
