package org.symbiose.web.rest;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.symbiose.core.plugin.PluginHost;

/**
 * The first path segments the core serves itself, read from what it really has when the web
 * application starts: each root resource's {@code @Path} under {@code /api/v1/} and the site's
 * top-level pages and folders. They are given to the plugin host, which refuses them as plugin
 * ids: a plugin there would be shadowed by the core or half-served.
 */
@WebListener
public class CorePaths implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(CorePaths.class.getName());
    private static final String CLASSES = "/WEB-INF/classes/";

    @Inject
    private PluginHost host;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        Map<String, String> taken = new TreeMap<>();
        String api = "/" + strip(SymbioseApi.class.getAnnotation(ApplicationPath.class).value()) + "/";
        classes(context, CLASSES).forEach(type -> {
            String segment = firstSegment(type);
            if (segment != null) {
                taken.putIfAbsent(segment, api + segment);
            }
        });
        for (String entry : context.getResourcePaths("/")) {
            String name = siteName(entry);
            if (name != null) {
                taken.putIfAbsent(name, entry);
            }
        }
        LOG.fine(() -> "Plugin ids taken by the core: " + taken.keySet());
        host.reserve(taken);
    }

    /** The first segment of a root resource's {@code @Path}, or null: not a root resource, or a template. */
    static String firstSegment(Class<?> type) {
        Path path = type.getAnnotation(Path.class);
        if (path == null) {
            return null;
        }
        String value = strip(path.value());
        int slash = value.indexOf('/');
        String first = slash < 0 ? value : value.substring(0, slash);
        return first.isEmpty() || first.startsWith("{") ? null : first;
    }

    /** A top-level page or folder of the site as a name ({@code /admin/} → admin), or null for the hidden ones. */
    static String siteName(String entry) {
        String name = strip(entry);
        int dot = name.lastIndexOf('.');
        name = dot < 0 ? name : name.substring(0, dot);
        return name.isEmpty() || name.equals("WEB-INF") || name.equals("META-INF") ? null : name;
    }

    /** The application's own classes, loaded without initializing them. */
    private static Stream<Class<?>> classes(ServletContext context, String folder) {
        Set<String> entries = context.getResourcePaths(folder);
        if (entries == null) {
            return Stream.empty();
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return entries.stream().flatMap(entry -> {
            if (entry.endsWith("/")) {
                return classes(context, entry);
            }
            if (!entry.endsWith(".class") || entry.contains("$")) {
                return Stream.empty();
            }
            String name = entry.substring(CLASSES.length(), entry.length() - ".class".length()).replace('/', '.');
            try {
                return Stream.of(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                return Stream.empty();
            }
        });
    }

    private static String strip(String path) {
        String stripped = path;
        while (stripped.startsWith("/")) {
            stripped = stripped.substring(1);
        }
        while (stripped.endsWith("/")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }
}
