package org.symbiose.core.plugin;

import java.util.function.Function;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;

/**
 * A core service that knows which plugin calls it: the framework asks for one instance per
 * bundle, made for that bundle's plugin id. Plugins cannot pass themselves off as another.
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
        // nothing held per bundle
    }
}
