package org.symbiose.core.plugin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The plugins folder, which the framework watches: {@code symbiose.plugins.dir}, shared by the
 * nodes of a cluster so that a plugin installed, replaced or removed through one is so on all.
 */
final class PluginFolder {

    private static final Pattern PLUGIN_ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /** The files of the folder the watcher installs, as its filter: nothing but jars. */
    static final String JARS = ".*\\.jar";

    private final Path folder;

    PluginFolder(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
    }

    Path path() {
        return folder;
    }

    /** How many plugin jars the folder holds. */
    long jars() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file kept beside the folder (shared with it), such as the record of built-in plugins. */
    Path beside(String name) {
        return folder.resolveSibling(name);
    }

    /**
     * Puts a plugin jar in the folder as {@code <id>.jar}, replacing an earlier version.
     *
     * @return the plugin id, its symbolic name
     * @throws PluginException if the bytes are not a plugin bundle
     */
    String install(byte[] jar) {
        return install(jar, id -> { });
    }

    /**
     * Puts a plugin jar in the folder as {@code <id>.jar}, unless {@code refuse} refuses its id.
     *
     * @param refuse throws a {@link PluginException} for an id this server does not take
     * @return the plugin id, its symbolic name
     * @throws PluginException if the bytes are not a plugin bundle, or {@code refuse} refuses its id
     */
    String install(byte[] jar, Consumer<String> refuse) {
        String id = idOf(jar);
        refuse.accept(id);
        replace(folder.resolve(id + ".jar"), jar);
        return id;
    }

    /**
     * Writes aside, then moves in whole: the watcher never sees a half-written file. Aside is in
     * the folder itself, which the watcher reads for jars only ({@link #JARS}), because the folder
     * may be a mount of its own, and a move from another file system is not atomic.
     */
    private void replace(Path target, byte[] bytes) {
        try {
            Path temporary = Files.createTempFile(folder, target.getFileName().toString(), ".part");
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    private static String idOf(byte[] jar) {
        Manifest manifest;
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            manifest = in.getManifest();
        } catch (IOException e) {
            throw new PluginException(PluginException.Kind.INVALID, "Not a jar file: " + e.getMessage());
        }
        String name = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
        if (name == null) {
            throw new PluginException(PluginException.Kind.INVALID, "Not a plugin: the jar has no Bundle-SymbolicName");
        }
        String id = name.split(";")[0].strip();
        if (!PLUGIN_ID.matcher(id).matches()) {
            throw new PluginException(PluginException.Kind.INVALID,
                    "A plugin id (Bundle-SymbolicName) is lower case letters, digits and dashes: " + id);
        }
        return id;
    }
}
