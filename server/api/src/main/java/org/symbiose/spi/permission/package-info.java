/**
 * Permissions plugins declare (for example {@code forum.moderate}), which administrators grant to
 * roles.
 */
@Version("1.0.0")
package org.symbiose.spi.permission;

import org.osgi.annotation.versioning.Version;
