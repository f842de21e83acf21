package org.symbiose.core.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Collects what enabled plugins declare under their own name space ({@code <plugin-id>.<name>}):
 * an entry outside it is ignored and a declaration that throws leaves out only its plugin; both
 * are recorded against the plugin for administrators.
 */
final class Declarations {

    private Declarations() {
    }

    /**
     * @param declarations each plugin's declaration service, by plugin id
     * @param entries      what a declaration declares
     * @param key          an entry's key
     * @param wanted       which keys to collect: only those are shown, since showing may cost a query
     * @param view         how an entry is shown, given its plugin
     * @param what         what is declared ("permissions", "settings"), for the failure messages
     */
    static <D, E, R> List<R> collect(PluginHost host, Map<String, D> declarations, Function<D, List<E>> entries,
            Function<E, String> key, Predicate<String> wanted, BiFunction<String, E, R> view, String what) {
        List<R> all = new ArrayList<>();
        declarations.forEach((plugin, declaration) -> {
            try {
                for (E entry : entries.apply(declaration)) {
                    if (!key.apply(entry).startsWith(plugin + ".")) {
                        host.failed(plugin, "declares " + key.apply(entry) + ", outside its name space " + plugin + ".*");
                    } else if (wanted.test(key.apply(entry))) {
                        all.add(view.apply(plugin, entry));
                    }
                }
            } catch (RuntimeException e) {
                host.failed(plugin, "its " + what + " failed: " + e);
            }
        });
        return all;
    }
}
