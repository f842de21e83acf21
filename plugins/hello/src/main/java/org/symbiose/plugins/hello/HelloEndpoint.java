package org.symbiose.plugins.hello;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.symbiose.spi.rest.RestEndpoint;

/** Answers {@code GET /api/v1/hello/greeting} with the greeting the bundle carries. */
@Component(service = RestEndpoint.class)
public class HelloEndpoint implements RestEndpoint {

    @GET
    @Path("greeting")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> greeting() {
        return Map.of("greeting", text());
    }

    /** Read from the bundle, so a new jar with another text shows that an update took effect. */
    static String text() {
        try (InputStream in = HelloEndpoint.class.getResourceAsStream("/greeting.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
