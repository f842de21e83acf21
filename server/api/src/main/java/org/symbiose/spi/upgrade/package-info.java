/**
 * Ordered upgrade steps for a plugin's data, with a schema version kept per plugin.
 */
@Version("1.0.0")
package org.symbiose.spi.upgrade;

import org.osgi.annotation.versioning.Version;
