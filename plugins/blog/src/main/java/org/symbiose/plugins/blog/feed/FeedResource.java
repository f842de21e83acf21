package org.symbiose.plugins.blog.feed;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.api.rest.Versions;
import org.symbiose.plugins.blog.rest.BlogResource;

/**
 * The feeds, under {@code /api/v1/blog/feeds/}: {@code {rss|atom}} for the whole site, then
 * {@code /blogs/{name}}, {@code /blogs/{name}/categories/{category}}, {@code /tags/{tag}} and
 * {@code /posts/{id}/comments}. Open to everyone, since they show only what visitors may read;
 * each answer carries an {@code ETag} and {@code Last-Modified}, and 304 answers a reader whose
 * copy is current by either. A part of the plugin's one endpoint ({@link BlogResource}).
 */
@Component(service = BlogResource.class)
public class FeedResource implements BlogResource {

    @Reference
    private Feeds feeds;

    @Override
    public String path() {
        return "feeds";
    }

    @GET
    @Path("{format}")
    @PermitAll
    public Response site(@PathParam("format") String format, @Context Request request, @Context UriInfo uri) {
        return serve(new FeedScope.Site(), format, request, uri);
    }

    @GET
    @Path("{format}/blogs/{name}")
    @PermitAll
    public Response blog(@PathParam("format") String format, @PathParam("name") String name, @Context Request request,
            @Context UriInfo uri) {
        return serve(new FeedScope.OfBlog(name), format, request, uri);
    }

    @GET
    @Path("{format}/blogs/{name}/categories/{category}")
    @PermitAll
    public Response category(@PathParam("format") String format, @PathParam("name") String name,
            @PathParam("category") String category, @Context Request request, @Context UriInfo uri) {
        return serve(new FeedScope.OfCategory(name, category), format, request, uri);
    }

    @GET
    @Path("{format}/tags/{tag}")
    @PermitAll
    public Response tag(@PathParam("format") String format, @PathParam("tag") String tag, @Context Request request,
            @Context UriInfo uri) {
        return serve(new FeedScope.OfTag(tag), format, request, uri);
    }

    @GET
    @Path("{format}/posts/{id: [0-9]+}/comments")
    @PermitAll
    public Response comments(@PathParam("format") String format, @PathParam("id") long post, @Context Request request,
            @Context UriInfo uri) {
        return serve(new FeedScope.CommentsOf(post), format, request, uri);
    }

    private Response serve(FeedScope scope, String formatName, Request request, UriInfo uri) {
        FeedFormat format = FeedFormat.named(formatName).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "Feeds are rss or atom, not " + formatName));
        RenderedFeed feed = feeds.feed(site(uri), scope, format).orElseThrow(() -> new ProblemException(
                ProblemType.NOT_FOUND, "No such feed: nothing published is there"));
        Response answer = Versions.read(request, feed.tag(), feed.lastModified(), feed::body);
        // the writer's charset must be said: a reader's client takes ISO-8859-1 without it
        return Response.fromResponse(answer).type(format.mediaType() + ";charset=UTF-8").build();
    }

    /** The site's root, from the API's base address ({@code …/api/v1/}). */
    static URI site(UriInfo uri) {
        return uri.getBaseUri().resolve("../../");
    }
}
