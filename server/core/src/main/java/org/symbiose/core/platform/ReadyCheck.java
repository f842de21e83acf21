package org.symbiose.core.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Symbiose's part of the server's {@code /health/ready}: down, with the reason, until
 * {@link Readiness} says it can serve (while the schema migrates, or for good when starting failed).
 */
@org.eclipse.microprofile.health.Readiness
@ApplicationScoped
public class ReadyCheck implements HealthCheck {

    @Inject
    private Readiness readiness;

    @Override
    public HealthCheckResponse call() {
        String problem = readiness.problem();
        return problem == null ? HealthCheckResponse.up("symbiose")
                : HealthCheckResponse.named("symbiose").down().withData("reason", problem).build();
    }
}
