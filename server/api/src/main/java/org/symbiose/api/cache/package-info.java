/**
 * Caches shared by a server's requests and kept right on every node of a cluster: each node holds
 * its own values, and a change made on any node drops the cached values it concerns on all of
 * them. Plugins and the core use this rather than caches of their own, which another node's
 * writes would leave stale.
 */
@Version("1.1.0")
package org.symbiose.api.cache;

import org.osgi.annotation.versioning.Version;
