package org.symbiose.core.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.symbiose.spi.rest.RestEndpoint;

/**
 * What the framework's system bundle exports to plugins: the packages of the Symbiose API, with
 * the versions bnd wrote into the API jar's manifest from each package's {@code @Version}, plus
 * the few Jakarta EE packages an endpoint's annotations need. Nothing else of the server is
 * visible to plugins.
 */
final class SystemPackages {

    /** Jakarta packages plugins use in their endpoints, at the versions Jakarta EE 10 defines. */
    static final String JAKARTA = "jakarta.ws.rs;version=\"3.1.0\",jakarta.ws.rs.core;version=\"3.1.0\","
            + "jakarta.annotation.security;version=\"2.1.0\"";

    private SystemPackages() {
    }

    static String exported() {
        return apiExports() + "," + JAKARTA;
    }

    /** The API jar's own Export-Package header. */
    static String apiExports() {
        try {
            Path jar = Path.of(RestEndpoint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (JarFile file = new JarFile(jar.toFile())) {
                String exports = file.getManifest().getMainAttributes().getValue("Export-Package");
                if (exports == null) {
                    throw new IllegalStateException(jar + " has no Export-Package: it was not built by bnd");
                }
                return exports;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the API jar's manifest", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
