package org.symbiose.plugins.blog.rest;

/**
 * A part of the blog's REST API kept in its own class (feeds, AtomPub, MetaWeblog, imports): the
 * core serves one endpoint per plugin, so {@link BlogEndpoint} hands the requests under
 * {@code /api/v1/blog/<path>/} to the part registered (a Declarative Services component with
 * {@code service = BlogResource.class}) for that first segment. The part's class carries the usual
 * JAX-RS annotations on its methods, each with {@code @PermitAll} or {@code @RolesAllowed}.
 */
public interface BlogResource {

    /** The first path segment it serves: {@code feeds}, {@code atompub}, {@code xmlrpc} or {@code imports}. */
    String path();
}
