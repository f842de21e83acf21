package org.symbiose.plugins.faulty;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.osgi.service.component.annotations.Component;
import java.util.Optional;
import org.symbiose.api.content.Item;
import org.symbiose.spi.content.ItemListener;
import org.symbiose.spi.rest.RestEndpoint;

/**
 * Misbehaves on purpose: one request throws, another spins until it is interrupted; as a
 * listener it throws on every new item and is too slow to answer any deletion.
 */
@Component(service = {RestEndpoint.class, ItemListener.class})
public class FaultyEndpoint implements RestEndpoint, ItemListener {

    @Override
    public void created(Item item) {
        throw new IllegalStateException("listener broken on purpose");
    }

    @Override
    public Optional<String> refuseDeletion(Item item) {
        try {
            Thread.sleep(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.of("too late to count");
    }

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
