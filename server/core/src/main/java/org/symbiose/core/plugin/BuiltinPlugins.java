package org.symbiose.core.plugin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * The plugins that ship inside the EAR. Each is copied into the plugins folder the first time a
 * server sees it; after that the folder belongs to the administrator: a built-in plugin they
 * removed stays removed, one they replaced by their own jar stays theirs. A built-in plugin still
 * as shipped is brought up to the version of a newer release.
 *
 * <p>What was installed is remembered as one {@code <id>.jar <sha-256>} line per plugin in
 * {@code plugins-builtin.txt} beside the folder, shared with it by the nodes of a cluster.
 */
final class BuiltinPlugins {

    private static final Logger LOG = Logger.getLogger(BuiltinPlugins.class.getName());
    static final String LOCATION = "symbiose-builtin-plugins/";

    private final ClassLoader shipped;

    BuiltinPlugins(ClassLoader shipped) {
        this.shipped = shipped;
    }

    /** Copies new or upgraded built-in plugins into {@code folder}; returns the jars written. */
    List<String> installInto(PluginFolder folder) throws IOException {
        Path record = folder.beside("plugins-builtin.txt");
        Map<String, String> installed = readRecord(record);
        List<String> written = new ArrayList<>();
        for (String jar : index()) {
            byte[] bytes = read(LOCATION + jar);
            String hash = sha256(bytes);
            String before = installed.get(jar);
            Path current = folder.path().resolve(jar);
            boolean fresh = before == null;
            boolean untouchedAndOutdated = before != null && !before.equals(hash)
                    && Files.exists(current) && sha256(Files.readAllBytes(current)).equals(before);
            if (fresh || untouchedAndOutdated) {
                folder.install(bytes);
                installed.put(jar, hash);
                written.add(jar);
            }
        }
        Files.write(record, installed.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
        if (!written.isEmpty()) {
            LOG.info(() -> "Built-in plugins installed: " + written);
        }
        return written;
    }

    private List<String> index() throws IOException {
        try (InputStream in = shipped.getResourceAsStream(LOCATION + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
    }

    private byte[] read(String resource) throws IOException {
        try (InputStream in = shipped.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("The built-in plugin " + resource + " is listed but not shipped");
            }
            return in.readAllBytes();
        }
    }

    private static Map<String, String> readRecord(Path record) throws IOException {
        Map<String, String> installed = new TreeMap<>();
        if (Files.exists(record)) {
            for (String line : Files.readAllLines(record)) {
                String[] parts = line.strip().split(" ");
                if (parts.length == 2) {
                    installed.put(parts[0], parts[1]);
                }
            }
        }
        return installed;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
