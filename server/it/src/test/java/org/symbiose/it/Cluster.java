package org.symbiose.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * The two-node cluster of the README, driven through its command, {@code bench/cluster.sh}: up,
 * a node killed with SIGKILL and started again, down. The nodes run the Payara installation and the
 * EAR of this module, with their files under {@code symbiose.cluster.dir}; nginx listens on
 * {@link Api#BASE}'s port, so the tests' members sign up and in through the load balancer, and reach
 * each node directly at its own free ports. nginx takes the Arquillian runs' port: never beside them.
 */
final class Cluster implements AutoCloseable {

    private static final Duration COMMAND = Duration.ofMinutes(15);
    /** Node N's HTTP port is its port base plus this; a domain takes ports from its base to base + 99. */
    private static final int HTTP = 80;
    private static final int DOMAIN_PORTS = 100;

    private final Path script;
    private final Path log;
    private final Map<String, String> environment;
    private final List<Integer> portBases;

    private Cluster(Path script, Path folder, Map<String, String> environment, List<Integer> portBases) {
        this.script = script;
        this.log = folder.resolveSibling(folder.getFileName() + "-command.log");
        this.environment = environment;
        this.portBases = portBases;
    }

    /**
     * Brings the cluster up afresh (an empty database, empty nodes) and waits until both nodes and
     * nginx answer; the nodes get {@code settings} as environment variables
     * ({@code SYMBIOSE_TRUST_SWEEP_PERIOD}...), as an admin's would.
     */
    static Cluster up(Map<String, String> settings) {
        Path folder = Path.of(System.getProperty("symbiose.cluster.dir"));
        // free ports, not the command's defaults: other clusters may run on this machine (a benchmark), and
        // only nginx takes the tests' port, under the lock
        List<Integer> portBases = freeRanges(12000, DOMAIN_PORTS, 2);
        List<Integer> gridPorts = freeRanges(15900, 1, 2);
        Map<String, String> environment = new HashMap<>(settings);
        environment.putAll(Map.of(
                "CLUSTER_DIR", folder.toString(),
                "CLUSTER_PAYARA", System.getProperty("payara.home"),
                "CLUSTER_EAR", System.getProperty("symbiose.ear"),
                "CLUSTER_PORT", String.valueOf(Api.BASE.getPort()),
                "CLUSTER_PORTBASES", portBases.get(0) + " " + portBases.get(1),
                "CLUSTER_GRID_PORTS", gridPorts.get(0) + " " + gridPorts.get(1),
                "CLUSTER_PG_PORT", String.valueOf(freeRanges(55434, 1, 1).get(0))));
        Cluster cluster = new Cluster(Path.of(System.getProperty("symbiose.cluster.script")), folder, environment,
                portBases);
        cluster.run("down");
        Folders.delete(folder);
        Folders.delete(cluster.log);
        try {
            cluster.run("up");
        } catch (RuntimeException e) {
            // what did come up must not outlive the test
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** Node {@code n}'s own address (1 or 2), past the load balancer. */
    URI node(int n) {
        return URI.create("http://localhost:" + (portBases.get(n - 1) + HTTP) + "/");
    }

    /** SIGKILL of node {@code n}'s server process, as a crash would. */
    void kill(int n) {
        run("kill", String.valueOf(n));
    }

    /** Starts node {@code n} again; returns once its health answers 200. */
    void start(int n) {
        run("start", String.valueOf(n));
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
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException("cluster.sh " + String.join(" ", arguments) + " still running after "
                        + COMMAND + ", see " + log);
            }
            if (process.exitValue() != 0) {
                // the CI keeps only the test's report: the command's last words go into it
                throw new IllegalStateException("cluster.sh " + String.join(" ", arguments) + " failed, see " + log
                        + "; it ended with:\n" + tail(log, 25));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail(Path file, int lines) throws IOException {
        List<String> all = Files.readAllLines(file);
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** The first {@code count} ranges of {@code size} ports from {@code from} up whose ports are all free now. */
    private static List<Integer> freeRanges(int from, int size, int count) {
        List<Integer> starts = new ArrayList<>();
        for (int start = from; starts.size() < count; start += size) {
            if (start + size > 65535) {
                throw new IllegalStateException("no " + count + " free ranges of " + size + " ports from " + from);
            }
            if (IntStream.range(start, start + size).allMatch(Cluster::free)) {
                starts.add(start);
            }
        }
        return starts;
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
