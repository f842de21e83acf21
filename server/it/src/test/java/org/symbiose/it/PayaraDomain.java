package org.symbiose.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A Payara domain a test drives itself, where Arquillian's managed server cannot go: created
 * afresh, started, given the EAR, killed with SIGKILL as a crash or the OOM killer would, started
 * again. It uses the same Payara installation and ports as the Arquillian runs, so it must never
 * run beside them.
 */
final class PayaraDomain implements AutoCloseable {

    private static final String NAME = "symbiose";
    private static final Duration READY = Duration.ofMinutes(4);

    private final Path payara;
    private final Path domains;
    private final Map<String, String> environment;
    private final Path asadminLog;

    /**
     * A new domain under {@code domains} (emptied first); the server process gets this JVM's
     * environment plus {@code environment}, from which Symbiose reads its configuration.
     */
    PayaraDomain(Path payara, Path domains, Map<String, String> environment) {
        this.payara = payara;
        this.domains = domains;
        this.environment = environment;
        this.asadminLog = domains.resolveSibling(domains.getFileName() + "-asadmin.log");
        Folders.delete(domains);
        Folders.delete(asadminLog);
        try {
            Files.createDirectories(domains.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        asadmin("create-domain", "--nopassword=true", "--checkports=false", "--domaindir", domains.toString(), NAME);
    }

    void start() {
        asadmin("start-domain", "--domaindir", domains.toString(), NAME);
    }

    /** Deploys the EAR, which the domain then loads at each start. */
    void deploy(Path ear) {
        asadmin("deploy", "--name", NAME, ear.toString());
    }

    /** Waits until Symbiose answers its health check with 200. */
    void awaitReady() {
        if (!Api.anonymous().awaitReady(READY)) {
            throw new IllegalStateException("Symbiose not ready after " + READY + "; see " + log());
        }
    }

    /** SIGKILL of the server process: nothing of it runs after this, no shutdown hook, no flush. */
    void kill() {
        ProcessHandle server = server().orElseThrow(() -> new IllegalStateException("no server process running"));
        server.destroyForcibly();
        try {
            server.onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the server process outlived its SIGKILL", e);
        }
    }

    /** Stops the server if it runs, whatever state the test left it in. */
    @Override
    public void close() {
        if (server().isPresent()) {
            asadmin("stop-domain", "--kill=true", "--domaindir", domains.toString(), NAME);
        }
    }

    Path log() {
        return domains.resolve(NAME).resolve("logs/server.log");
    }

    private Optional<ProcessHandle> server() {
        Path pid = domains.resolve(NAME).resolve("config/pid");
        try {
            return Files.exists(pid)
                    ? ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).filter(ProcessHandle::isAlive)
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** asadmin, run by this JVM's java, so the server runs on the same JDK as the other tests' server. */
    private void asadmin(String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", payara.resolve("glassfish/lib/client/appserver-cli.jar").toString()));
        command.addAll(List.of(arguments));
        // to a file, not a pipe: the server started by start-domain could hold a pipe open for its lifetime
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(asadminLog.toFile()));
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            if (!process.waitFor(READY.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed, see " + asadminLog);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
