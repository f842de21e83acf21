package org.symbiose.spi.upgrade;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One step that brings a plugin's data to {@link #version()}. Register each step as an OSGi
 * service; the host keeps the version each plugin's data is at and, when the plugin starts, runs
 * the steps above it in order, each in its own transaction, each once. A step that throws is
 * rolled back; the data stays at the version before it and the failure is shown to
 * administrators next to the plugin.
 */
@ConsumerType
public interface UpgradeStep {

    /** The version this step brings the data to: 1 for the first step, then 2, 3… */
    int version();

    /** What it does, for administrators. */
    String description();

    /** Does it. Use the core's services (the content store…) through the service registry. */
    void apply();
}
