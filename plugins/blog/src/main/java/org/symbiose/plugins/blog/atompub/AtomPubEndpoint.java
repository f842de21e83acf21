package org.symbiose.plugins.blog.atompub;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.file.StoredFile;
import org.symbiose.api.member.MemberDirectory;
import org.symbiose.api.member.MemberInfo;
import org.symbiose.api.rest.Page;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.api.rest.Versions;
import org.symbiose.plugins.blog.Paging;
import org.symbiose.plugins.blog.SiteAddresses;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.blog.Blogs;
import org.symbiose.plugins.blog.post.BlogPost;
import org.symbiose.plugins.blog.post.BlogPosts;
import org.symbiose.plugins.blog.post.Category;
import org.symbiose.plugins.blog.post.Permalinks;
import org.symbiose.plugins.blog.post.PostInput;
import org.symbiose.plugins.blog.post.PostState;
import org.symbiose.plugins.blog.rest.Callers;
import org.symbiose.plugins.blog.rest.BlogResource;
import org.symbiose.plugins.blog.xml.SafeXml;
import org.symbiose.spi.rest.LargeBody;

/**
 * The Atom Publishing Protocol (RFC 5023) under {@code /api/v1/blog/atompub/}: a service document listing the
 * caller's blogs, each with an entries collection (its posts) and a media collection (files for its posts).
 * Clients sign in as on the REST API (HTTP Basic, or Bearer with a personal API token). Members' ETags are the
 * posts' versions: a PUT needs If-Match (428 without, 409 when stale, as everywhere in the API).
 */
@Component(service = BlogResource.class)
@RolesAllowed("member")
public class AtomPubEndpoint implements BlogResource {

    /** The media types the media collection announces; the file store has the last word. */
    static final List<String> MEDIA_TYPES = List.of("image/png", "image/jpeg", "image/gif", "image/webp");
    private static final String ID = "{id: [0-9]+}";

    private final AtomEntryReader entries = new AtomEntryReader(new SafeXml(SafeXml.REQUEST_BYTES));

    @Reference
    private Blogs blogs;

    @Reference
    private BlogPosts posts;

    @Reference
    private BlogMedia media;

    @Reference
    private MemberDirectory members;

    @GET
    @Path("service")
    @Produces(AtomWriter.SERVICE_TYPE)
    public Response service(@Context SecurityContext security, @Context UriInfo uri, @Context Request request) {
        long caller = Callers.member(security);
        List<AtomWriter.Workspace> workspaces = new ArrayList<>();
        for (Long blogId : blogs.blogsOf(caller).keySet()) {
            blogs.find(blogId).ifPresent(blog -> workspaces.add(new AtomWriter.Workspace(blog.title(), List.of(
                    new AtomWriter.Collection(blog.title(), collection(uri, blog, "entries"), List.of(AtomWriter.ENTRY_TYPE),
                            posts.categories(blog).stream().map(Category::name).toList()),
                    new AtomWriter.Collection(blog.title() + " (media)", collection(uri, blog, "media"), MEDIA_TYPES,
                            List.of())))));
        }
        return document(request, AtomWriter.service(workspaces));
    }

    /** A document read with its own validator, as every GET of the API: a hash of its text, 304 when unchanged. */
    private static Response document(Request request, byte[] document) {
        return Versions.read(request, Versions.tagOf(new String(document, StandardCharsets.UTF_8)), () -> document);
    }

    // the entries collection

    @GET
    @Path("blogs/{name}/entries")
    @Produces(AtomWriter.FEED_TYPE)
    public Response list(@PathParam("name") String name, @QueryParam("before") String before,
            @QueryParam("limit") String limit, @Context SecurityContext security, @Context UriInfo uri,
            @Context Request request) {
        long caller = Callers.member(security);
        Blog blog = team(name, caller);
        int size = Paging.limit(limit);
        Long cursor = Paging.cursor(before);
        // the team's unpublished posts and the published ones, merged newest first
        List<BlogPost> merged = new ArrayList<>(posts.unpublished(blog, caller, cursor, size + 1).items());
        merged.addAll(posts.published(blog, cursor, size + 1).items());
        merged.sort((a, b) -> Long.compare(b.id(), a.id()));
        List<BlogPost> shown = merged.stream().limit(size).toList();
        String next = merged.size() > size ? Page.link(uri, Page.BEFORE, shown.get(size - 1).id()) : null;
        Instant updated = shown.stream().map(BlogPost::updated).max(Instant::compareTo).orElse(blog.created());
        return document(request, AtomWriter.feed("urn:symbiose:blog:" + blog.id() + ":entries", blog.title(),
                uri.getRequestUri().toString(), next, updated, shown.stream().map(post -> view(post, blog, uri)).toList()));
    }

    @POST
    @Path("blogs/{name}/entries")
    @Consumes("application/atom+xml")
    @Produces(AtomWriter.ENTRY_TYPE)
    public Response create(@PathParam("name") String name, @HeaderParam("Slug") String slug, InputStream body,
            @Context SecurityContext security, @Context UriInfo uri) {
        long caller = Callers.member(security);
        Blog blog = blogs.byName(name).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No blog " + name));
        PostInput in = input(entries.read(body));
        String wanted = slug == null ? "" : Permalinks.slugOf(slug);
        in.slug = wanted.isEmpty() ? null : wanted;
        BlogPost post = posts.create(blog, in, caller);
        URI location = URI.create(member(uri, blog, post.id()));
        return Response.created(location).header("Content-Location", location).tag(Versions.tag(post.version()))
                .entity(AtomWriter.entry(view(post, blog, uri))).type(AtomWriter.ENTRY_TYPE).build();
    }

    @GET
    @Path("blogs/{name}/entries/" + ID)
    @Produces(AtomWriter.ENTRY_TYPE)
    public Response read(@PathParam("name") String name, @PathParam("id") long id, @Context SecurityContext security,
            @Context UriInfo uri, @Context Request request) {
        long caller = Callers.member(security);
        Blog blog = blogs.byName(name).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No blog " + name));
        BlogPost post = postOf(blog, id, caller);
        return Versions.read(request, post.version(), () -> AtomWriter.entry(view(post, blog, uri)));
    }

    @PUT
    @Path("blogs/{name}/entries/" + ID)
    @Consumes("application/atom+xml")
    @Produces(AtomWriter.ENTRY_TYPE)
    public Response edit(@PathParam("name") String name, @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, InputStream body, @Context SecurityContext security,
            @Context UriInfo uri) {
        long caller = Callers.member(security);
        long expected = Versions.expected(ifMatch, null);
        Blog blog = blogs.byName(name).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No blog " + name));
        BlogPost post = postOf(blog, id, caller);
        BlogPost edited = posts.edit(post.id(), expected, input(entries.read(body)), caller);
        return Response.ok(AtomWriter.entry(view(edited, blog, uri)), AtomWriter.ENTRY_TYPE)
                .tag(Versions.tag(edited.version())).build();
    }

    /** RFC 5023 clients rarely send If-Match on DELETE: without it, the post is deleted as it is now. */
    @DELETE
    @Path("blogs/{name}/entries/" + ID)
    public Response delete(@PathParam("name") String name, @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext security) {
        long caller = Callers.member(security);
        Blog blog = blogs.byName(name).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No blog " + name));
        BlogPost post = postOf(blog, id, caller);
        long expected = ifMatch == null || ifMatch.isBlank() ? post.version() : Versions.expected(ifMatch, null);
        posts.delete(post.id(), expected, caller);
        return Response.noContent().build();
    }

    // the media collection

    @GET
    @Path("blogs/{name}/media")
    @Produces(AtomWriter.FEED_TYPE)
    public Response mediaList(@PathParam("name") String name, @Context SecurityContext security, @Context UriInfo uri,
            @Context Request request) {
        long caller = Callers.member(security);
        Blog blog = team(name, caller);
        List<StoredFile> files = media.list(blog, 100);
        Instant updated = files.stream().map(StoredFile::created).max(Instant::compareTo).orElse(blog.created());
        return document(request, AtomWriter.feed("urn:symbiose:blog:" + blog.id() + ":media", blog.title() + " (media)",
                uri.getRequestUri().toString(), null, updated, files.stream().map(file -> view(file, blog, uri)).toList()));
    }

    @POST
    @Path("blogs/{name}/media")
    @Consumes("*/*")
    @Produces(AtomWriter.ENTRY_TYPE)
    @LargeBody(LargeBody.Kind.FILE)
    public Response upload(@PathParam("name") String name, @HeaderParam("Slug") String slug,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream body, @Context SecurityContext security,
            @Context UriInfo uri) {
        long caller = Callers.member(security);
        Blog blog = blogs.byName(name).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No blog " + name));
        StoredFile file = media.upload(blog, caller, slug == null || slug.isBlank() ? "upload" : slug.strip(), type, body);
        URI location = URI.create(mediaMember(uri, blog, file.id()));
        return Response.created(location).header("Content-Location", location)
                .entity(AtomWriter.entry(view(file, blog, uri))).type(AtomWriter.ENTRY_TYPE).build();
    }

    @GET
    @Path("blogs/{name}/media/" + ID)
    @Produces(AtomWriter.ENTRY_TYPE)
    public Response mediaEntry(@PathParam("name") String name, @PathParam("id") long id,
            @Context SecurityContext security, @Context UriInfo uri, @Context Request request) {
        Blog blog = team(name, Callers.member(security));
        StoredFile file = media.find(blog, id).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "This blog has no uploaded file " + id));
        return document(request, AtomWriter.entry(view(file, blog, uri)));
    }

    @DELETE
    @Path("blogs/{name}/media/" + ID)
    public Response mediaDelete(@PathParam("name") String name, @PathParam("id") long id,
            @Context SecurityContext security) {
        long caller = Callers.member(security);
        media.delete(team(name, caller), id, caller);
        return Response.noContent().build();
    }

    // mapping

    private static PostInput input(EntryInput entry) {
        PostInput in = new PostInput(entry.title(), entry.body(), entry.draft() ? PostState.DRAFT : PostState.PUBLISHED);
        in.excerpt = entry.summary();
        in.categories = entry.categories();
        in.publishAt = entry.published();
        return in;
    }

    private EntryView view(BlogPost post, Blog blog, UriInfo uri) {
        String member = member(uri, blog, post.id());
        return new EntryView("urn:symbiose:blog:post:" + post.id(), post.title(), post.body(), post.excerpt(),
                post.categories(), post.author().displayName(), post.state() == PostState.DRAFT ? null : post.publishAt(),
                post.updated(), post.state() != PostState.PUBLISHED, member,
                SiteAddresses.absolute(uri, Permalinks.path(blog.name(), post)), null);
    }

    private EntryView view(StoredFile file, Blog blog, UriInfo uri) {
        String member = mediaMember(uri, blog, file.id());
        String author = members.find(file.ownerId()).map(MemberInfo::ref).map(ref -> ref.displayName()).orElse("");
        return new EntryView("urn:symbiose:file:" + file.id(), file.name(), "", "", List.of(), author, file.created(),
                file.created(), false, member, null,
                new EntryView.Media(SiteAddresses.absolute(uri, file.url()), file.mediaType(), member));
    }

    private Blog team(String name, long caller) {
        Blog blog = blogs.byName(name).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No blog " + name));
        if (!blogs.mayWrite(blog, caller)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the blog's team reads its collections");
        }
        return blog;
    }

    private BlogPost postOf(Blog blog, long id, long caller) {
        return posts.find(id, caller).filter(post -> post.blogId() == blog.id())
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No post " + id + " in " + blog.name()));
    }

    private static String collection(UriInfo uri, Blog blog, String which) {
        return SiteAddresses.absolute(uri, "/api/v1/blog/atompub/blogs/" + blog.name() + "/" + which);
    }

    private static String member(UriInfo uri, Blog blog, long id) {
        return collection(uri, blog, "entries") + "/" + id;
    }

    private static String mediaMember(UriInfo uri, Blog blog, long id) {
        return collection(uri, blog, "media") + "/" + id;
    }

    @Override
    public String path() {
        return "atompub";
    }
}
