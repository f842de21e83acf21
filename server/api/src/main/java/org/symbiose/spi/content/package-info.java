/**
 * What plugins contribute to the content store: the types of their items, and listeners to
 * items' lives.
 */
@Version("1.6.0")
package org.symbiose.spi.content;

import org.osgi.annotation.versioning.Version;
