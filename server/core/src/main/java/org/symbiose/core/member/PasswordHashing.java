package org.symbiose.core.member;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2 password hashes (Jakarta Security's implementation). Each stored hash carries its own
 * algorithm, iterations and salt, so raising the iteration count later keeps old hashes valid.
 */
@ApplicationScoped
public class PasswordHashing {

    /** A hash of a random password, checked when no account matches, so timing does not reveal which e-mails exist. */
    private String decoy;

    @Inject
    private Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "symbiose.security.pbkdf2.iterations", defaultValue = "210000")
    private int iterations;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = hash.generate(OneTimePassword.generate().toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    /** Whether {@code password} matches {@code stored}; a null stored hash (deleted member) never matches. */
    public boolean matches(String password, String stored) {
        boolean match = hash.verify(password.toCharArray(), stored == null ? decoy : stored);
        return match && stored != null;
    }
}
