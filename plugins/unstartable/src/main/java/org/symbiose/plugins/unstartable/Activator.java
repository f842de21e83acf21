package org.symbiose.plugins.unstartable;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Fails to start, on purpose. */
public class Activator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        throw new IllegalStateException("cannot start, on purpose");
    }

    @Override
    public void stop(BundleContext context) {
        // never started
    }
}
