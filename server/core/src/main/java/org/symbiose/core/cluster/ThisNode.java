package org.symbiose.core.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This server's name among the nodes sharing one database: what the search index's cursor, the
 * plugin list and the scheduled work's holder are recorded under. It is {@code symbiose.node.name}
 * when set, otherwise made once (host name and a random suffix) and kept in the node's own data
 * directory, so that it survives restarts and two nodes on one host still differ.
 */
@ApplicationScoped
public class ThisNode {

    private static final String FILE = "node-name";

    @Inject
    @ConfigProperty(name = "symbiose.node.name")
    private Optional<String> configured;

    @Inject
    @ConfigProperty(name = "symbiose.data")
    private String data;

    private String name;

    protected ThisNode() {
    }

    /** A node named outside a container (tests). */
    public ThisNode(String name) {
        this.name = name;
    }

    @PostConstruct
    void resolve() {
        name = configured.map(String::strip).filter(value -> !value.isEmpty())
                .orElseGet(() -> stored(Path.of(data, FILE)));
    }

    /** The node's name, stable across restarts. */
    public String name() {
        return name;
    }

    /** The name kept in {@code file}, made there first if absent; of two starts at once, the first write wins. */
    static String stored(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                try {
                    Files.writeString(file, fresh(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException e) {
                    // another start made it meanwhile: read theirs
                }
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep this node's name in " + file, e);
        }
    }

    private static String fresh() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        byte[] suffix = new byte[3];
        new SecureRandom().nextBytes(suffix);
        return host + "-" + HexFormat.of().formatHex(suffix);
    }
}
