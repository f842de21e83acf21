package org.symbiose.plugins.blog.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.symbiose.api.content.Revision;
import org.symbiose.api.rest.Page;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.api.rest.Versions;
import org.symbiose.plugins.blog.Paging;
import org.symbiose.plugins.blog.Slice;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.blog.BlogInput;
import org.symbiose.plugins.blog.blog.BlogRole;
import org.symbiose.plugins.blog.blog.Blogs;
import org.symbiose.plugins.blog.blog.TeamMember;
import org.symbiose.plugins.blog.comment.BlogComment;
import org.symbiose.plugins.blog.comment.BlogComments;
import org.symbiose.plugins.blog.post.BlogPost;
import org.symbiose.plugins.blog.post.BlogPosts;
import org.symbiose.plugins.blog.post.Category;
import org.symbiose.plugins.blog.post.PostInput;
import org.symbiose.spi.rest.RestEndpoint;

/**
 * Blogs, posts and comments over REST, under {@code /api/v1/blog/}. Reading is open (what a
 * viewer may not read answers 404); writing needs a member, and the services below check each
 * rule before writing anything. Feeds, AtomPub, MetaWeblog and imports have endpoints of their own.
 */
@Component(service = RestEndpoint.class)
@Produces(MediaType.APPLICATION_JSON)
public class BlogEndpoint implements RestEndpoint {

    private static final String POST_ID = "{id: [0-9]+}";

    @Reference
    private Blogs blogs;

    @Reference
    private BlogPosts posts;

    @Reference
    private BlogComments comments;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<BlogResource> parts;

    /** The parts with classes of their own: feeds, AtomPub, MetaWeblog, imports ({@link BlogResource}). */
    @Path("{part: feeds|atompub|xmlrpc|imports}")
    public Object part(@PathParam("part") String part) {
        List<BlogResource> current = parts;
        return (current == null ? List.<BlogResource>of() : current).stream().filter(r -> r.path().equals(part))
                .findFirst().orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No such resource"));
    }

    // blogs

    @GET
    @Path("blogs")
    @PermitAll
    public Page<Blog> blogs(@QueryParam("before") String before, @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        return blogs.list(Paging.cursor(before), Paging.limit(limit)).page(uri);
    }

    @POST
    @Path("blogs")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createBlog(BlogInput input, @Context SecurityContext security) {
        Blog blog = blogs.create(input, Callers.member(security));
        return Response.status(Response.Status.CREATED).tag(Versions.tag(blog.version())).entity(blog).build();
    }

    @GET
    @Path("blogs/{name}")
    @PermitAll
    public Response blog(@PathParam("name") String name, @Context Request request) {
        Blog blog = blogs.require(name);
        return Versions.read(request, blog.version(), () -> blog);
    }

    @PATCH
    @Path("blogs/{name}")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response editBlog(@PathParam("name") String name, @HeaderParam("If-Match") String ifMatch,
            BlogInput input, @Context SecurityContext security) {
        long version = Versions.expected(ifMatch, input == null ? null : input.version);
        Blog blog = blogs.edit(name, version, input, Callers.member(security));
        return Response.ok(blog).tag(Versions.tag(blog.version())).build();
    }

    @GET
    @Path("blogs/{name}/team")
    @PermitAll
    public Page<TeamMember> team(@PathParam("name") String name) {
        return Page.of(blogs.team(blogs.require(name)));
    }

    @PUT
    @Path("blogs/{name}/team")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Page<TeamMember> setTeam(@PathParam("name") String name, List<TeamInput> input,
            @Context SecurityContext security) {
        Blog blog = blogs.require(name);
        long actor = Callers.member(security);
        if (input == null) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "Send the team as a JSON array");
        }
        List<TeamMember> team = new ArrayList<>();
        for (TeamInput member : input) {
            if (member == null || member.member == null) {
                throw new ProblemException(ProblemType.VALIDATION, "team", "Each entry names a member");
            }
            team.add(new TeamMember(member.member, "", role(member.role)));
        }
        return Page.of(blogs.setTeam(blog, team, actor));
    }

    @GET
    @Path("blogs/{name}/categories")
    @PermitAll
    public Page<Category> categories(@PathParam("name") String name) {
        return Page.of(posts.categories(blogs.require(name)));
    }

    // posts

    /**
     * A blog's published posts, newest first, narrowed by at most one of {@code category} (slug),
     * {@code tag}, {@code author} (member id), {@code month} (yyyy-MM); {@code unpublished=true}
     * lists the team's drafts, reviews and scheduled posts instead.
     */
    @GET
    @Path("blogs/{name}/posts")
    @PermitAll
    public Page<BlogPost> blogPosts(@PathParam("name") String name, @QueryParam("category") String category,
            @QueryParam("tag") String tag, @QueryParam("author") String author, @QueryParam("month") String month,
            @QueryParam("unpublished") boolean unpublished, @QueryParam("before") String before,
            @QueryParam("limit") String limit, @Context SecurityContext security, @Context UriInfo uri) {
        Blog blog = blogs.require(name);
        Long cursor = Paging.cursor(before);
        int size = Paging.limit(limit);
        Slice<BlogPost> slice;
        if (unpublished) {
            slice = posts.unpublished(blog, Callers.viewer(security), cursor, size);
        } else if (category != null) {
            slice = posts.byCategory(blog, category, cursor, size);
        } else if (tag != null) {
            slice = posts.byTag(blog, tag, cursor, size);
        } else if (author != null) {
            slice = posts.byAuthor(blog, memberId(author), cursor, size);
        } else if (month != null) {
            slice = posts.byMonth(blog, month(month), cursor, size);
        } else {
            slice = posts.published(blog, cursor, size);
        }
        return slice.page(uri);
    }

    @POST
    @Path("blogs/{name}/posts")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createPost(@PathParam("name") String name, PostInput input, @Context SecurityContext security) {
        BlogPost post = posts.create(blogs.require(name), input, Callers.member(security));
        return Response.status(Response.Status.CREATED).tag(Versions.tag(post.version())).entity(post).build();
    }

    @GET
    @Path("posts/" + POST_ID)
    @PermitAll
    public Response post(@PathParam("id") long id, @Context SecurityContext security, @Context Request request) {
        BlogPost post = readable(id, Callers.viewer(security));
        return Versions.read(request, post.version(), () -> post);
    }

    @PATCH
    @Path("posts/" + POST_ID)
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response editPost(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, PostInput input,
            @Context SecurityContext security) {
        long version = Versions.expected(ifMatch, input == null ? null : input.version);
        BlogPost post = posts.edit(id, version, input, Callers.member(security));
        return Response.ok(post).tag(Versions.tag(post.version())).build();
    }

    @DELETE
    @Path("posts/" + POST_ID)
    @RolesAllowed("member")
    public Response deletePost(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") String version, @Context SecurityContext security) {
        posts.delete(id, Versions.expected(ifMatch, version(version)), Callers.member(security));
        return Response.noContent().build();
    }

    @GET
    @Path("posts/" + POST_ID + "/revisions")
    @RolesAllowed("member")
    public Page<Revision> revisions(@PathParam("id") long id, @Context SecurityContext security) {
        return Page.of(posts.revisions(id, Callers.member(security)));
    }

    /** Brings back an earlier version's title, body and tags. */
    @POST
    @Path("posts/" + POST_ID + "/revisions/{version: [0-9]+}/restore")
    @RolesAllowed("member")
    public Response restore(@PathParam("id") long id, @PathParam("version") long revision,
            @HeaderParam("If-Match") String ifMatch, @QueryParam("version") String version,
            @Context SecurityContext security) {
        BlogPost post = posts.restore(id, Versions.expected(ifMatch, version(version)), revision,
                Callers.member(security));
        return Response.ok(post).tag(Versions.tag(post.version())).build();
    }

    // comments

    @GET
    @Path("posts/" + POST_ID + "/comments")
    @PermitAll
    public Page<BlogComment> comments(@PathParam("id") long id, @QueryParam("after") String after,
            @QueryParam("limit") String limit, @Context SecurityContext security, @Context UriInfo uri) {
        Slice<BlogComment> slice = comments.list(id, Callers.viewer(security), cursor(after), Paging.limit(limit));
        return Page.of(slice.items(), uri, "after", slice.next());
    }

    @POST
    @Path("posts/" + POST_ID + "/comments")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("id") long id, CommentInput input, @Context SecurityContext security) {
        if (input == null) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "Send the comment as a JSON object");
        }
        BlogComment comment = comments.add(id, input.answers, input.body, Callers.member(security));
        return Response.status(Response.Status.CREATED).entity(comment).build();
    }

    /**
     * Deletes a comment (its author for a while, the blog's owners and editors, moderators); answers
     * under it stay. The version read goes in {@code If-Match} or {@code ?version=}.
     */
    @DELETE
    @Path("comments/{id: [0-9]+}")
    @RolesAllowed("member")
    public Response deleteComment(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") String version, @Context SecurityContext security) {
        comments.delete(id, Versions.expected(ifMatch, version(version)), Callers.member(security));
        return Response.noContent().build();
    }

    @PUT
    @Path("comments/{id: [0-9]+}/reactions/{kind}")
    @RolesAllowed("member")
    public BlogComment react(@PathParam("id") long id, @PathParam("kind") String kind,
            @Context SecurityContext security) {
        return comments.react(id, Callers.member(security), kind, true);
    }

    @DELETE
    @Path("comments/{id: [0-9]+}/reactions/{kind}")
    @RolesAllowed("member")
    public BlogComment unreact(@PathParam("id") long id, @PathParam("kind") String kind,
            @Context SecurityContext security) {
        return comments.react(id, Callers.member(security), kind, false);
    }

    private BlogPost readable(long id, Long viewerId) {
        return posts.find(id, viewerId).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No post " + id));
    }

    private static BlogRole role(String raw) {
        return parsed(raw == null ? "" : raw, r -> BlogRole.valueOf(r.toUpperCase(Locale.ROOT)), "role",
                "A role is OWNER, EDITOR or AUTHOR");
    }

    private static Long version(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return parsed(raw, Long::parseLong, "version", "A version is a whole number");
    }

    private static long memberId(String raw) {
        return parsed(raw, Long::parseLong, "author", "An author is a member id");
    }

    private static YearMonth month(String raw) {
        return parsed(raw, YearMonth::parse, "month", "A month is written yyyy-MM");
    }

    private static Long cursor(String raw) {
        try {
            return Paging.cursor(raw);
        } catch (ProblemException e) {
            throw new ProblemException(ProblemType.VALIDATION, "after", "after is the next value of the previous page");
        }
    }

    /** {@code raw}, stripped, as {@code parse} reads it; a 400 naming {@code field} when it cannot. */
    private static <T> T parsed(String raw, Function<String, T> parse, String field, String problem) {
        try {
            return parse.apply(raw.strip());
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new ProblemException(ProblemType.VALIDATION, field, problem);
        }
    }
}
