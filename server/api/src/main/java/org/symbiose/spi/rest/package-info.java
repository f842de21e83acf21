/**
 * REST endpoints contributed by plugins.
 *
 * <p>A plugin registers each {@link org.symbiose.spi.rest.RestEndpoint} as an OSGi service; the
 * core serves it under {@code /api/v1/<plugin-id>/}, with the platform's conventions applied:
 * authentication, access rules, problem+json errors, JSON through JSON-B, request bodies of at most
 * {@code symbiose.api.max-body-bytes} unless a method says {@link org.symbiose.spi.rest.LargeBody}.
 */
@Version("1.1.0")
package org.symbiose.spi.rest;

import org.osgi.annotation.versioning.Version;
