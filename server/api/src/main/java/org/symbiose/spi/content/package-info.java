/**
 * What plugins contribute to the content store: listeners to items' lives.
 */
@Version("1.0.0")
package org.symbiose.spi.content;

import org.osgi.annotation.versioning.Version;
