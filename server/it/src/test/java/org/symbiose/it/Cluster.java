package org.symbiose.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The two-node cluster of the README, driven through its command, {@code bench/cluster.sh}: up,
 * a node killed with SIGKILL and started again, down. The nodes run the Payara installation and the
 * EAR of this module, with their files under {@code symbiose.cluster.dir}; nginx listens on
 * {@link Api#BASE}'s port, so the tests' members sign up and in through the load balancer, and reach
 * each node directly at its own port. It uses the Arquillian runs' ports: never beside them.
 */
final class Cluster implements AutoCloseable {

    private static final Duration COMMAND = Duration.ofMinutes(8);
    /** Node N's HTTP port is its port base plus this. */
    private static final int HTTP = 80;
    /**
     * Ports of its own, not the command's defaults, so that a cluster someone runs by hand (a
     * benchmark) never meets this one; nginx alone takes the tests' port, under the lock.
     */
    private static final List<Integer> PORT_BASES = List.of(12000, 12100);
    private static final String GRID_PORTS = "5930 5940";
    private static final String POSTGRES_PORT = "55434";

    private final Path script;
    private final Path folder;
    private final Path log;
    private final Map<String, String> environment;

    private Cluster(Path script, Path folder, Map<String, String> environment) {
        this.script = script;
        this.folder = folder;
        this.log = folder.resolveSibling(folder.getFileName() + "-command.log");
        this.environment = environment;
    }

    /**
     * Brings the cluster up afresh (an empty database, empty nodes) and waits until both nodes and
     * nginx answer; the nodes get {@code settings} as environment variables
     * ({@code SYMBIOSE_TRUST_SWEEP_PERIOD}...), as an admin's would.
     */
    static Cluster up(Map<String, String> settings) {
        Path folder = Path.of(System.getProperty("symbiose.cluster.dir"));
        Map<String, String> environment = new HashMap<>(settings);
        environment.putAll(Map.of(
                "CLUSTER_DIR", folder.toString(),
                "CLUSTER_PAYARA", System.getProperty("payara.home"),
                "CLUSTER_EAR", System.getProperty("symbiose.ear"),
                "CLUSTER_PORT", String.valueOf(Api.BASE.getPort()),
                "CLUSTER_PORTBASES", PORT_BASES.get(0) + " " + PORT_BASES.get(1),
                "CLUSTER_GRID_PORTS", GRID_PORTS,
                "CLUSTER_PG_PORT", POSTGRES_PORT));
        Cluster cluster = new Cluster(Path.of(System.getProperty("symbiose.cluster.script")), folder, environment);
        cluster.run("down");
        Folders.delete(folder);
        Folders.delete(cluster.log);
        cluster.run("up");
        return cluster;
    }

    /** Node {@code n}'s own address (1 or 2), past the load balancer. */
    static URI node(int n) {
        return URI.create("http://localhost:" + (PORT_BASES.get(n - 1) + HTTP) + "/");
    }

    /** SIGKILL of node {@code n}'s server process, as a crash would. */
    void kill(int n) {
        run("kill", String.valueOf(n));
    }

    /** Starts node {@code n} again; returns once its health answers 200. */
    void start(int n) {
        run("start", String.valueOf(n));
    }

    /** Where the command said what it did, and each node's server log under the cluster's folder. */
    Path log() {
        return log;
    }

    @Override
    public void close() {
        run("down");
    }

    private void run(String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(arguments));
        // to a file, not a pipe: the servers the command starts could hold a pipe open for their lifetime
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // each node takes its data, database and files from the command, not from the settings of the other runs
        builder.environment().keySet().removeIf(name -> name.startsWith("SYMBIOSE_DATA") || name.startsWith("SYMBIOSE_DB_"));
        builder.environment().putAll(environment);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        try {
            Files.createDirectories(log.getParent());
            Process process = builder.start();
            if (!process.waitFor(COMMAND.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("cluster.sh " + String.join(" ", arguments) + " still running after "
                        + COMMAND + ", see " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("cluster.sh " + String.join(" ", arguments) + " failed, see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
