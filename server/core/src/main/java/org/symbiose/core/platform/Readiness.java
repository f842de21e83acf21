package org.symbiose.core.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether Symbiose can serve: false until the schema is migrated and the first administrator
 * exists. Scripts and load balancers wait on it through {@code /api/v1/health}.
 */
@ApplicationScoped
public class Readiness {

    private final AtomicReference<String> problem = new AtomicReference<>("starting");

    public boolean isReady() {
        return problem.get() == null;
    }

    /** Why Symbiose is not ready, or null when it is. */
    public String problem() {
        return problem.get();
    }

    void ready() {
        problem.set(null);
    }

    void failed(String why) {
        problem.set(why);
    }
}
