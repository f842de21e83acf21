package org.symbiose.spi.rest;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A plugin's JAX-RS resource. Register an instance as an OSGi service, for example with
 * {@code @Component(service = RestEndpoint.class)}; the core serves its methods under
 * {@code /api/v1/<plugin-id>/}, where the plugin id is the bundle's symbolic name.
 *
 * <p>The implementing class carries no class-level {@code @Path}; its methods use the usual
 * JAX-RS annotations ({@code @GET}, {@code @Path("greeting")}, {@code @Produces}, …) and take
 * {@code @Context} objects as method parameters (fields are not injected). Each method must say
 * who may call it with {@code @PermitAll} or {@code @RolesAllowed("member")} (roles: member,
 * moderator, community-manager, administrator); a method that says nothing is refused to everyone.
 *
 * <p>A plugin registers one endpoint; its methods' paths organise what it offers.
 */
@ConsumerType
public interface RestEndpoint {
}
