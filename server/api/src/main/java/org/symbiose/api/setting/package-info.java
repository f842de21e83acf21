/**
 * Reading settings: plugins' own, with the values administrators chose.
 */
@Version("1.0.0")
package org.symbiose.api.setting;

import org.osgi.annotation.versioning.Version;
