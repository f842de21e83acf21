package org.symbiose.core.plugin;

import java.util.function.Function;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;

/**
 * A core service that knows which plugin calls it: the framework asks for one instance per
 * bundle, made for that bundle's plugin id, and closed when the bundle lets it go if it is
 * {@link AutoCloseable}. Plugins cannot pass themselves off as another.
 */
final class PerPlugin<S> implements ServiceFactory<S> {

    private final Function<String, S> forPlugin;

    PerPlugin(Function<String, S> forPlugin) {
        this.forPlugin = forPlugin;
    }

    @Override
    public S getService(Bundle bundle, ServiceRegistration<S> registration) {
        return forPlugin.apply(bundle.getSymbolicName());
    }

    @Override
    public void ungetService(Bundle bundle, ServiceRegistration<S> registration, S service) {
        // what a plugin's instance holds for it (its caches) goes with it
        if (service instanceof AutoCloseable held) {
            try {
                held.close();
            } catch (Exception e) {
                throw new IllegalStateException("Could not release " + bundle.getSymbolicName() + "'s " + service, e);
            }
        }
    }
}
