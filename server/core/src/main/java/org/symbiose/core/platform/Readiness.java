package org.symbiose.core.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether Symbiose can serve: false while it starts ("starting", then "migrating: V12 3/5" while the
 * schema is migrated in the background), until the first administrator exists and the services that
 * need the schema have started; or for good when starting failed, saying why. Scripts and load
 * balancers wait on it through {@code /api/v1/health} and {@code /health/ready}; other requests are
 * refused with 503 meanwhile.
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

    /** Still starting: {@code why} says what it does now. */
    void starting(String why) {
        problem.set(why);
    }

    void failed(String why) {
        problem.set(why);
    }
}
