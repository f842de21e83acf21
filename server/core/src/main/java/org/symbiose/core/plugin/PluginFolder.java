package org.symbiose.core.plugin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The plugins folder of the data directory, which the framework watches, and the list of
 * plugins an administrator disabled, kept beside it so it survives restarts.
 */
final class PluginFolder {

    private static final Pattern PLUGIN_ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private final Path folder;
    private final Path disabledList;
    private final Set<String> disabled = ConcurrentHashMap.newKeySet();

    PluginFolder(Path dataDirectory) throws IOException {
        folder = Files.createDirectories(dataDirectory.resolve("plugins"));
        disabledList = dataDirectory.resolve("plugins-disabled.txt");
        if (Files.exists(disabledList)) {
            Files.readAllLines(disabledList).stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(disabled::add);
        }
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

    boolean enabled(String id) {
        return id == null || !disabled.contains(id);
    }

    synchronized void setEnabled(String id, boolean enabled) {
        if (enabled) {
            disabled.remove(id);
        } else {
            disabled.add(id);
        }
        replace(disabledList, String.join("\n", new TreeSet<>(disabled)).getBytes(StandardCharsets.UTF_8));
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

    /** Writes beside, then moves in whole: the watcher never sees a half-written file. */
    private void replace(Path target, byte[] bytes) {
        try {
            Path temporary = Files.createTempFile(folder.getParent(), target.getFileName().toString(), ".part");
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
