package org.symbiose.core.member;

import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets: first-start passwords and API tokens. */
final class OneTimePassword {
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePassword() {
    }

    /** 32 random bytes, URL-safe Base64 without padding (43 characters). */
    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
