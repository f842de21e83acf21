/**
 * Settings plugins declare, with defaults and validation; administrators change them.
 */
@Version("1.0.0")
package org.symbiose.spi.setting;

import org.osgi.annotation.versioning.Version;
