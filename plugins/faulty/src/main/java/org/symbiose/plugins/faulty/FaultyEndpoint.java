package org.symbiose.plugins.faulty;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.osgi.service.component.annotations.Component;
import org.symbiose.spi.rest.RestEndpoint;

/** Misbehaves on purpose: one request throws, another spins until it is interrupted. */
@Component(service = RestEndpoint.class)
public class FaultyEndpoint implements RestEndpoint {

    @GET
    @Path("fail")
    @PermitAll
    public String fail() {
        throw new IllegalStateException("broken on purpose");
    }

    /** Busy until interrupted, as a plugin caught in a loop; bounded so a test run always ends. */
    @GET
    @Path("spin")
    @PermitAll
    public String spin() {
        long end = System.nanoTime() + 120_000_000_000L;
        while (!Thread.currentThread().isInterrupted() && System.nanoTime() < end) {
            Thread.onSpinWait();
        }
        return "stopped";
    }
}
