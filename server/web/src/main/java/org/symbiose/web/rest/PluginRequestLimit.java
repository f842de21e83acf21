package org.symbiose.web.rest;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.symbiose.core.plugin.PluginHost;

/**
 * Watches plugin requests: one that fails with a server error, or runs past
 * {@code symbiose.plugins.request-timeout-seconds}, is recorded next to its plugin for
 * administrators; an overdue one is also interrupted, which stops a plugin that honours
 * interruption. Each request has its own thread, so a stuck plugin never holds the server or
 * other plugins; Java cannot stop a thread that ignores interruption, so such a plugin keeps its
 * thread until it returns.
 */
@WebFilter(urlPatterns = "/api/v1/*")
public class PluginRequestLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final transient ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "symbiose-plugin-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    private transient PluginHost host;

    @Inject
    @ConfigProperty(name = "symbiose.plugins.request-timeout-seconds", defaultValue = "10")
    private long timeoutSeconds;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String plugin = pluginOf(request);
        if (plugin == null || host.contributions().endpoint(plugin).isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String call = request.getMethod() + " " + request.getRequestURI();
        try (Deadline deadline = Deadline.start(watchdog, Duration.ofSeconds(timeoutSeconds),
                () -> host.failed(plugin, "took longer than " + timeoutSeconds + " s and was interrupted: " + call))) {
            chain.doFilter(request, response);
        }
        if (response.getStatus() >= 500) {
            host.failed(plugin, "answered " + response.getStatus() + " to " + call);
        }
    }

    /** The first path segment after /api/v1/: a plugin id when it is not one of the core's paths. */
    private static String pluginOf(HttpServletRequest request) {
        String rest = request.getRequestURI().substring(request.getContextPath().length() + "/api/v1/".length());
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        return first.isEmpty() ? null : first;
    }

    @PreDestroy
    void stopWatching() {
        watchdog.shutdownNow();
    }
}
