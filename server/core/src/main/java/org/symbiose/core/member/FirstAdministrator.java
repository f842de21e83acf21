package org.symbiose.core.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.symbiose.api.member.Role;

/**
 * Creates the first administrator on a new database, from {@code symbiose.admin.*}. Without a
 * configured password it prints a one-time password to the server log, once.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    private Members members;

    @Inject
    @ConfigProperty(name = "symbiose.admin.email")
    private String email;

    @Inject
    @ConfigProperty(name = "symbiose.admin.name")
    private String name;

    @Inject
    @ConfigProperty(name = "symbiose.admin.password")
    private Optional<String> password;

    @Transactional
    public void ensure() {
        if (members.anyAdministrator()) {
            return;
        }
        String secret = password.filter(p -> !p.isBlank()).orElseGet(OneTimePassword::generate);
        Member admin = members.findByEmail(email)
                .orElseGet(() -> members.register(email, name, secret, Members.LOCALES.get(0)));
        members.changeRole(admin.getId(), Role.ADMINISTRATOR);
        if (password.isEmpty() || password.get().isBlank()) {
            LOG.warning(() -> "\n\n  Symbiose administrator created: " + email + "\n  One-time password: " + secret
                    + "\n  Sign in and change it now; it is not shown again.\n");
        } else {
            LOG.info(() -> "Symbiose administrator created: " + email);
        }
    }
}
