package org.symbiose.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuiltinPluginsTest {

    @TempDir
    Path data;

    @TempDir
    Path release;

    @Test
    void firstStartInstallsEveryShippedPlugin() throws IOException {
        ship("forum", "1");
        PluginFolder folder = new PluginFolder(data.resolve("plugins"));

        assertThat(builtins().installInto(folder)).containsExactly("forum.jar");
        assertThat(folder.path().resolve("forum.jar")).hasBinaryContent(jar("forum", "1"));
        assertThat(builtins().installInto(folder)).as("second start").isEmpty();
    }

    @Test
    void aBuiltinPluginTheAdministratorRemovedStaysRemoved() throws IOException {
        ship("forum", "1");
        PluginFolder folder = new PluginFolder(data.resolve("plugins"));
        builtins().installInto(folder);
        Files.delete(folder.path().resolve("forum.jar"));

        ship("forum", "2");
        assertThat(builtins().installInto(folder)).isEmpty();
        assertThat(folder.path().resolve("forum.jar")).doesNotExist();
    }

    @Test
    void aNewReleaseUpgradesAPluginStillAsShipped() throws IOException {
        ship("forum", "1");
        PluginFolder folder = new PluginFolder(data.resolve("plugins"));
        builtins().installInto(folder);

        ship("forum", "2");
        assertThat(builtins().installInto(folder)).containsExactly("forum.jar");
        assertThat(folder.path().resolve("forum.jar")).hasBinaryContent(jar("forum", "2"));
    }

    @Test
    void aPluginTheAdministratorReplacedStaysTheirs() throws IOException {
        ship("forum", "1");
        PluginFolder folder = new PluginFolder(data.resolve("plugins"));
        builtins().installInto(folder);
        folder.install(jar("forum", "custom"));

        ship("forum", "2");
        assertThat(builtins().installInto(folder)).isEmpty();
        assertThat(folder.path().resolve("forum.jar")).hasBinaryContent(jar("forum", "custom"));
    }

    @Test
    void aServerWithoutBuiltinPluginsInstallsNothing() throws IOException {
        assertThat(builtins().installInto(new PluginFolder(data.resolve("plugins")))).isEmpty();
    }

    private BuiltinPlugins builtins() throws IOException {
        return new BuiltinPlugins(new URLClassLoader(new URL[] {release.toUri().toURL()}, null));
    }

    private void ship(String id, String version) throws IOException {
        Path dir = Files.createDirectories(release.resolve(BuiltinPlugins.LOCATION));
        Files.writeString(dir.resolve("index.txt"), "# shipped\n" + id + ".jar\n");
        Files.write(dir.resolve(id + ".jar"), jar(id, version));
    }

    private static byte[] jar(String id, String version) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", id);
        manifest.getMainAttributes().putValue("Bundle-Version", "1.0." + version.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // every entry dated alike, so the same plugin built twice has the same bytes
        try (JarOutputStream out = new JarOutputStream(bytes)) {
            JarEntry meta = new JarEntry(JarFile.MANIFEST_NAME);
            meta.setTime(0);
            out.putNextEntry(meta);
            manifest.write(out);
            JarEntry entry = new JarEntry("version.txt");
            entry.setTime(0);
            out.putNextEntry(entry);
            out.write(version.getBytes());
        }
        return bytes.toByteArray();
    }
}
