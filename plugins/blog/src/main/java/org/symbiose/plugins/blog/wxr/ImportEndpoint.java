package org.symbiose.plugins.blog.wxr;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.member.Permissions;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.api.rest.Versions;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.blog.BlogPermissions;
import org.symbiose.plugins.blog.blog.Blogs;
import org.symbiose.plugins.blog.rest.BlogResource;
import org.symbiose.plugins.blog.rest.Callers;
import org.symbiose.spi.rest.LargeBody;

/**
 * {@code POST /api/v1/blog/imports?blog=<name>} takes a WordPress export (WXR 1.1 or 1.2, as the request body) and
 * answers 202 with the import's progress at {@code GET /api/v1/blog/imports/{id}}. For holders of
 * {@value BlogPermissions#IMPORT} (administrators unless they grant it): an import writes posts under other members'
 * names and dates.
 */
@Component(service = BlogResource.class)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("member")
public class ImportEndpoint implements BlogResource {

    @Reference
    private WordPressImports imports;

    @Reference
    private Permissions permissions;

    @Reference
    private Blogs blogs;

    @POST
    @Consumes({"application/xml", "text/xml", "application/rss+xml", "application/octet-stream"})
    @LargeBody(LargeBody.Kind.IMPORT)
    public Response start(@QueryParam("blog") String name, InputStream file, @Context SecurityContext security,
            @Context UriInfo uri) {
        long admin = importer(security);
        if (name == null || name.isBlank()) {
            throw new ProblemException(ProblemType.VALIDATION, "blog", "Say which blog to import into: ?blog=<name>");
        }
        Blog blog = blogs.byName(name.strip()).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "blog",
                "No blog " + name.strip()));
        ImportProgress progress = imports.start(blog, file, admin);
        return Response.accepted(progress).location(uri.getBaseUriBuilder().path("blog/imports/{id}").build(progress.id()))
                .build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public Response progress(@PathParam("id") long id, @Context SecurityContext security, @Context Request request) {
        importer(security);
        ImportProgress progress = imports.progress(id).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "No import " + id));
        return Versions.read(request, Versions.tagOf(progress), () -> progress);
    }

    private long importer(SecurityContext security) {
        long caller = Callers.member(security);
        if (!permissions.allows(caller, BlogPermissions.IMPORT)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Importing WordPress files needs the permission "
                    + BlogPermissions.IMPORT);
        }
        return caller;
    }

    @Override
    public String path() {
        return "imports";
    }
}
