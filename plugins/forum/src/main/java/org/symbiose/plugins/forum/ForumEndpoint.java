package org.symbiose.plugins.forum;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemNotFoundException;
import org.symbiose.api.rest.Page;
import org.symbiose.api.rest.Versions;
import org.symbiose.spi.knowledge.PromotedEntry;
import org.symbiose.spi.rest.RestEndpoint;

/**
 * The forum over REST, under {@code /api/v1/forum/}. Reading is open to everyone (what a viewer
 * may not read answers 404); writing needs a member, and each rule is checked below the
 * endpoint, whose methods only read requests and shape answers.
 */
@Component(service = RestEndpoint.class)
@Produces(MediaType.APPLICATION_JSON)
public class ForumEndpoint implements RestEndpoint {

    private static final String TOPIC_ID = "{id: [0-9]+}";

    @Reference
    private Viewers viewers;

    @Reference
    private CategoryIndex index;

    @Reference
    private Categories categories;

    @Reference
    private Posts posts;

    @Reference
    private Moderation moderation;

    @Reference
    private TopicMoves moves;

    @Reference
    private DraftPreview preview;

    @Reference
    private TopicLists lists;

    @Reference
    private TopicReader reader;

    @Reference
    private Watches watches;

    @Reference
    private PostLookup lookup;

    @Reference
    private TopicPromotion promotion;

    @Reference
    private TitleSuggestions suggestions;

    // categories

    @GET
    @Path("categories")
    @PermitAll
    public Page<CategoryNode> categoryTree(@Context SecurityContext security) {
        return Page.of(index.tree().readableBy(viewers.of(security)));
    }

    @GET
    @Path("categories/{id}")
    @PermitAll
    public CategoryNode category(@PathParam("id") long id, @Context SecurityContext security) {
        return node(id, viewers.of(security));
    }

    @POST
    @Path("categories")
    @RolesAllowed("community-manager")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createCategory(CategoryInput input, @Context SecurityContext security) {
        Viewer manager = viewers.of(security);
        Category created = categories.create(manager, required(input));
        return Response.status(Response.Status.CREATED).entity(node(created.id(), manager)).build();
    }

    @PUT
    @Path("categories/{id}")
    @RolesAllowed("community-manager")
    @Consumes(MediaType.APPLICATION_JSON)
    public CategoryNode editCategory(@PathParam("id") long id, CategoryInput input, @Context SecurityContext security) {
        Viewer manager = viewers.of(security);
        return node(categories.edit(manager, id, required(input)).id(), manager);
    }

    @GET
    @Path("categories/{id}/topics")
    @PermitAll
    public Response categoryTopics(@PathParam("id") long id, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit, @Context SecurityContext security, @Context UriInfo uri,
            @Context Request request) {
        Viewer viewer = viewers.of(security);
        Listing<Item> topics = lists.topicsOf(viewer, id, Paging.offset(offset), Paging.limit(limit));
        return Versions.read(request, lists.tagOf(viewer, topics), () -> page(lists.summaries(viewer, topics), uri));
    }

    @PUT
    @Path("categories/{id}/watch")
    @RolesAllowed("member")
    public Map<String, Boolean> watchCategory(@PathParam("id") long id, @Context SecurityContext security) {
        Viewer viewer = viewers.of(security);
        index.readable(id, viewer);
        watches.watch(Watches.Target.CATEGORY, id, viewer.id());
        return Map.of("watching", true);
    }

    @DELETE
    @Path("categories/{id}/watch")
    @RolesAllowed("member")
    public Map<String, Boolean> unwatchCategory(@PathParam("id") long id, @Context SecurityContext security) {
        watches.unwatch(Watches.Target.CATEGORY, id, viewers.of(security).id());
        return Map.of("watching", false);
    }

    // topic lists

    @GET
    @Path("topics/latest")
    @PermitAll
    public Page<TopicSummary> latest(@QueryParam("before") String before, @QueryParam("limit") String limit,
            @Context SecurityContext security, @Context UriInfo uri) {
        return page(lists.latest(viewers.of(security), Paging.cursor(before), Paging.limit(limit)), uri);
    }

    @GET
    @Path("topics/unanswered")
    @PermitAll
    public Page<TopicSummary> unanswered(@QueryParam("before") String before, @QueryParam("limit") String limit,
            @Context SecurityContext security, @Context UriInfo uri) {
        return page(lists.unanswered(viewers.of(security), Paging.cursor(before), Paging.limit(limit)), uri);
    }

    @GET
    @Path("topics/top")
    @PermitAll
    public Page<TopicSummary> top(@QueryParam("period") String period, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit, @Context SecurityContext security, @Context UriInfo uri) {
        return page(lists.top(viewers.of(security), period, Paging.offset(offset), Paging.limit(limit)), uri);
    }

    @GET
    @Path("tags/{tag}/topics")
    @PermitAll
    public Page<TopicSummary> tagged(@PathParam("tag") String tag, @QueryParam("before") String before,
            @QueryParam("limit") String limit, @Context SecurityContext security, @Context UriInfo uri) {
        return page(lists.tagged(viewers.of(security), tag, Paging.cursor(before), Paging.limit(limit)), uri);
    }

    @GET
    @Path("members/{id}/topics")
    @PermitAll
    public Page<TopicSummary> memberTopics(@PathParam("id") long memberId, @QueryParam("before") String before,
            @QueryParam("limit") String limit, @Context SecurityContext security, @Context UriInfo uri) {
        return page(lists.startedBy(viewers.of(security), memberId, Paging.cursor(before), Paging.limit(limit)), uri);
    }

    @GET
    @Path("members/{id}/replies")
    @PermitAll
    public Page<PostView> memberReplies(@PathParam("id") long memberId, @QueryParam("before") String before,
            @QueryParam("limit") String limit, @Context SecurityContext security, @Context UriInfo uri) {
        return page(lists.repliesBy(viewers.of(security), memberId, Paging.cursor(before), Paging.limit(limit)), uri);
    }

    // topics and replies

    @POST
    @Path("topics")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startTopic(TopicInput input, @Context SecurityContext security) {
        TopicInput topic = required(input);
        present(topic.category, "category", "Say in which category to start the topic");
        Item created = posts.startTopic(viewers.of(security), topic.category, topic.title, topic.body, topic.tags,
                topic.attachments);
        return Response.status(Response.Status.CREATED).entity(PostView.of(created, null)).build();
    }

    @GET
    @Path("topics/" + TOPIC_ID)
    @PermitAll
    public Response topic(@PathParam("id") long id, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit, @Context SecurityContext security, @Context UriInfo uri,
            @Context Request request) {
        TopicReader.Reading reading = reader.open(viewers.of(security), id, Paging.offset(offset), Paging.limit(limit));
        // decided before the answer is built: a 304 costs the access check and a few cached lookups
        return Versions.read(request, reading.tag(), () -> reader.view(reading, next -> Page.link(uri, Page.OFFSET, next)));
    }

    @POST
    @Path("topics/" + TOPIC_ID + "/replies")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reply(@PathParam("id") long id, ReplyInput input, @Context SecurityContext security) {
        ReplyInput reply = required(input);
        Item created = posts.reply(viewers.of(security), id, reply.body, reply.quotes, reply.attachments);
        return Response.status(Response.Status.CREATED).entity(PostView.of(created, null)).build();
    }

    @PUT
    @Path("topics/" + TOPIC_ID + "/accepted")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostView accept(@PathParam("id") long id, AcceptInput input, @Context SecurityContext security) {
        present(required(input).reply, "reply", "Say which reply answers the question");
        Item topic = posts.accept(viewers.of(security), id, input.reply);
        return PostView.of(topic, input.reply);
    }

    @DELETE
    @Path("topics/" + TOPIC_ID + "/accepted")
    @RolesAllowed("member")
    public PostView withdrawAcceptance(@PathParam("id") long id, @Context SecurityContext security) {
        return PostView.of(posts.accept(viewers.of(security), id, null), null);
    }

    @GET
    @Path("suggestions")
    @PermitAll
    public Page<TitleSuggestions.Suggested> suggestions(@QueryParam("title") String title, @Context SecurityContext security) {
        present(title == null || title.isBlank() ? null : title, "title", "Say the title being typed");
        if (title.length() > TitleSuggestions.MAX_TITLE) {
            throw new InvalidItemException("title", "At most " + TitleSuggestions.MAX_TITLE + " characters");
        }
        return Page.of(suggestions.of(title, viewers.of(security).id()));
    }

    @POST
    @Path("topics/" + TOPIC_ID + "/promotion")
    @RolesAllowed("member")
    public PromotedEntry promote(@PathParam("id") long id, @Context SecurityContext security) {
        return promotion.promote(viewers.of(security), id);
    }

    @PUT
    @Path("topics/" + TOPIC_ID + "/watch")
    @RolesAllowed("member")
    public Map<String, Boolean> watchTopic(@PathParam("id") long id, @Context SecurityContext security) {
        Viewer viewer = viewers.of(security);
        lookup.topic(id, viewer);
        watches.watch(Watches.Target.TOPIC, id, viewer.id());
        return Map.of("watching", true);
    }

    @DELETE
    @Path("topics/" + TOPIC_ID + "/watch")
    @RolesAllowed("member")
    public Map<String, Boolean> unwatchTopic(@PathParam("id") long id, @Context SecurityContext security) {
        watches.unwatch(Watches.Target.TOPIC, id, viewers.of(security).id());
        return Map.of("watching", false);
    }

    @PUT
    @Path("topics/" + TOPIC_ID + "/pinned")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostView pin(@PathParam("id") long id, FlagInput input, @Context SecurityContext security) {
        FlagInput flag = flag(input);
        return view(moderation.pin(viewers.of(security), id, flag.value, flag.note()));
    }

    @PUT
    @Path("topics/" + TOPIC_ID + "/locked")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostView lock(@PathParam("id") long id, FlagInput input, @Context SecurityContext security) {
        FlagInput flag = flag(input);
        return view(moderation.lock(viewers.of(security), id, flag.value, flag.note()));
    }

    @POST
    @Path("topics/" + TOPIC_ID + "/merge")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostView merge(@PathParam("id") long id, MergeInput input, @Context SecurityContext security) {
        present(required(input).into, "into", "Say which topic continues this one");
        return view(moves.merge(viewers.of(security), id, input.into, input.note()));
    }

    @PUT
    @Path("topics/" + TOPIC_ID + "/category")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostView move(@PathParam("id") long id, MoveInput input, @Context SecurityContext security) {
        present(required(input).category, "category", "Say which category the topic goes to");
        return view(moves.move(viewers.of(security), id, input.category, input.note()));
    }

    @POST
    @Path("topics/" + TOPIC_ID + "/split")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response split(@PathParam("id") long id, SplitInput input, @Context SecurityContext security) {
        present(required(input).category, "category", "Say in which category the new topic goes");
        Item topic = moves.split(viewers.of(security), id, input.replies, input.title, input.category, input.note());
        return Response.status(Response.Status.CREATED).entity(view(topic)).build();
    }

    @POST
    @Path("preview")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> preview(PreviewInput input) {
        present(required(input).body, "body", "Give the text to preview");
        return Map.of("html", preview.html(input.body));
    }

    // any post

    @PUT
    @Path("posts/{id}")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostView edit(@PathParam("id") long id, PostChange input, @HeaderParam("If-Match") String ifMatch,
            @Context SecurityContext security) {
        long version = Versions.expected(ifMatch, required(input).version);
        return view(posts.edit(viewers.of(security), id, version, input.title, input.body, input.tags));
    }

    @DELETE
    @Path("posts/{id}")
    @RolesAllowed("member")
    public PostView delete(@PathParam("id") long id, @Context SecurityContext security) {
        return view(posts.delete(viewers.of(security), id));
    }

    @PUT
    @Path("posts/{id}/reactions/{kind}")
    @RolesAllowed("member")
    public PostView react(@PathParam("id") long id, @PathParam("kind") String kind, @Context SecurityContext security) {
        return view(posts.react(viewers.of(security), id, kind, true));
    }

    @DELETE
    @Path("posts/{id}/reactions/{kind}")
    @RolesAllowed("member")
    public PostView unreact(@PathParam("id") long id, @PathParam("kind") String kind, @Context SecurityContext security) {
        return view(posts.react(viewers.of(security), id, kind, false));
    }

    /** A page of a forum list, its next page the same request further on. */
    private static <T> Page<T> page(Listing<T> listing, UriInfo uri) {
        return listing.next() != null ? Page.of(listing.items(), uri, Page.BEFORE, listing.next())
                : Page.of(listing.items(), uri, Page.OFFSET, listing.nextOffset());
    }

    private CategoryNode node(long id, Viewer viewer) {
        return index.tree().node(id, viewer).orElseThrow(() -> new ItemNotFoundException(id));
    }

    private static PostView view(Item post) {
        return PostView.of(post, null);
    }

    private static FlagInput flag(FlagInput input) {
        present(required(input).value, "value", "Say true or false");
        return input;
    }

    /** A missing body is the client's mistake, said as such rather than a NullPointerException. */
    private static <T> T required(T body) {
        return present(body, "body", "This request needs a JSON body");
    }

    private static <T> T present(T value, String field, String missing) {
        if (value == null) {
            throw new InvalidItemException(field, missing);
        }
        return value;
    }
}
