package org.symbiose.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        System.clearProperty("symbiose.config");
        System.clearProperty("symbiose.data");
    }

    @Test
    void defaultsExpandReferences() {
        String home = System.getProperty("user.home");
        assertEquals(home + "/.symbiose/data", Settings.value("symbiose.data").orElseThrow());
        assertEquals("jdbc:h2:" + home + "/.symbiose/data/db/symbiose",
                Settings.value("symbiose.db.url").orElseThrow());
    }

    @Test
    void theFileOverridesDefaultsAndSystemPropertiesOverrideTheFile() throws IOException {
        Path file = dir.resolve("symbiose.properties");
        Files.writeString(file, "symbiose.data=/srv/symbiose\nsymbiose.db.user=owner\nsymbiose.db.password=\n");
        System.setProperty("symbiose.config", file.toString());

        assertEquals("/srv/symbiose", Settings.value("symbiose.data").orElseThrow());
        assertTrue(Settings.value("symbiose.db.url").orElseThrow().startsWith("jdbc:h2:/srv/symbiose/db/"));
        assertEquals("owner", Settings.value("symbiose.db.user").orElseThrow());
        assertEquals("symbiose", Settings.value("symbiose.db.password").orElseThrow(), "a blank line keeps the default");

        System.setProperty("symbiose.data", "/tmp/override");
        assertTrue(Settings.value("symbiose.db.url").orElseThrow().startsWith("jdbc:h2:/tmp/override/db/"));
    }

    @Test
    void aMissingFileIsAnError() {
        System.setProperty("symbiose.config", dir.resolve("missing.properties").toString());
        try {
            Settings.value("symbiose.data");
        } catch (java.io.UncheckedIOException expected) {
            assertTrue(expected.getMessage().contains("missing.properties"));
            return;
        }
        throw new AssertionError("a missing configuration file must not be ignored");
    }
}
