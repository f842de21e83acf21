/**
 * A plugin's own small records, beside the content store: who read what, who watches what,
 * counters. Plugins ship no database tables; this is where such data lives.
 */
@Version("1.3.0")
package org.symbiose.api.data;

import org.osgi.annotation.versioning.Version;
