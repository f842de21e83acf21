package org.symbiose.web.rest.content;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.api.content.ItemEdit;
import org.symbiose.api.content.ItemPage;
import org.symbiose.api.content.ItemQuery;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.content.Revision;
import org.symbiose.api.rest.Page;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.api.rest.Versions;
import org.symbiose.core.content.ContentTypes;
import org.symbiose.core.content.ReadableItems;
import org.symbiose.web.rest.PostsContent;
import org.symbiose.web.rest.QueryValues;
import org.symbiose.web.security.Caller;
import org.symbiose.web.security.CurrentMember;

/** The content store over HTTP: items of every type, their revisions, reactions and votes. */
@Path("items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ItemsResource {

    @Inject
    private ContentStore store;

    @Inject
    private CurrentMember current;

    @Inject
    private ContentTypes types;

    @Inject
    private ReadableItems readable;

    @GET
    @PermitAll
    @Operation(summary = "Items, newest first, filtered, with a next link")
    public Response list(@QueryParam("type") String type,
            @QueryParam("parent") String parentParam,
            @QueryParam("author") String authorParam,
            @QueryParam("tag") String tag,
            @QueryParam("status") String status,
            @QueryParam("before") String before,
            @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        Long parent = QueryValues.id("parent", parentParam);
        Long author = QueryValues.id("author", authorParam);
        Set<ItemStatus> statuses = parseStatuses(status);
        if (!ItemAccess.canList(statuses, author, current.caller())) {
            throw new ProblemException(current.signedIn() ? ProblemType.FORBIDDEN : ProblemType.UNAUTHORIZED,
                    "Only moderators, or authors listing their own items, see items that are not published");
        }
        ItemPage page = store.query(new ItemQuery(type, parent, author, tag, null, statuses, QueryValues.id("before", before),
                QueryValues.limit(limit, 20, ItemQuery.MAX_LIMIT)));
        // what a plugin keeps private is left out; the cursor still follows the whole page
        List<Item> readable = page.items().stream().filter(item -> types.readable(item, viewer())).toList();
        return Response.ok(Page.of(readable, uri, Page.BEFORE, page.next())).build();
    }

    @POST
    @RolesAllowed("member")
    @PostsContent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an item")
    public Response create(@NotNull @Valid ItemInput body, @Context UriInfo uri) {
        requireCoreWrites(body.type);
        Item item = store.create(new ItemDraft(body.type, body.parentId, body.title, body.body, body.tags,
                body.attributes, ItemStatus.PUBLISHED), me().id());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(item.id())).build())
                .entity(item).tag(Versions.tag(item.version())).build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One item; answers 304 to a matching If-None-Match")
    public Response get(@PathParam("id") long id, @Context Request request) {
        Item item = visible(id);
        return Versions.read(request, item.version(), () -> item);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("member")
    @PostsContent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit an item (If-Match or version required); the old content becomes a revision")
    public Response edit(@PathParam("id") long id, @NotNull @Valid ItemChange body,
            @HeaderParam("If-Match") String ifMatch) {
        Item item = changeable(id);
        long expected = Versions.expected(ifMatch, body.version);
        Item edited = store.edit(item.id(), expected,
                new ItemEdit(body.title, body.body, body.tags, body.attributes), me().id());
        return Response.ok(edited).tag(Versions.tag(edited.version())).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("member")
    @Operation(summary = "Delete an item (kept for moderators); If-Match is optional")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        Item item = changeable(id);
        long expected = ifMatch == null ? item.version() : Versions.expected(ifMatch, null);
        store.changeStatus(id, expected, ItemStatus.DELETED, me().id());
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/status")
    @RolesAllowed("moderator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish, hide, delete or restore an item (If-Match or version required)")
    public Response changeStatus(@PathParam("id") long id, @NotNull @Valid StatusChange body,
            @HeaderParam("If-Match") String ifMatch) {
        visible(id);
        long expected = Versions.expected(ifMatch, body.version);
        Item changed = store.changeStatus(id, expected, body.status, me().id());
        return Response.ok(changed).tag(Versions.tag(changed.version())).build();
    }

    @GET
    @Path("{id}/revisions")
    @PermitAll
    @Operation(summary = "An item's earlier contents, newest first")
    public Page<Revision> revisions(@PathParam("id") long id) {
        visible(id);
        return Page.of(store.revisions(id));
    }

    @PUT
    @Path("{id}/reactions/{kind}")
    @RolesAllowed("member")
    @PostsContent
    @Operation(summary = "React to an item (like, …); reacting twice counts once")
    public Item react(@PathParam("id") long id,
            @PathParam("kind") @Pattern(regexp = "[a-z][a-z0-9-]{0,29}", message = "must be a lower-case word") String kind) {
        writable(id);
        return store.react(id, me().id(), kind);
    }

    @DELETE
    @Path("{id}/reactions/{kind}")
    @RolesAllowed("member")
    @PostsContent
    @Operation(summary = "Take back a reaction")
    public Item unreact(@PathParam("id") long id,
            @PathParam("kind") @Pattern(regexp = "[a-z][a-z0-9-]{0,29}", message = "must be a lower-case word") String kind) {
        writable(id);
        return store.unreact(id, me().id(), kind);
    }

    @PUT
    @Path("{id}/vote")
    @RolesAllowed("member")
    @PostsContent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Vote +1 or -1 on an item, or 0 to take the vote back")
    public Item vote(@PathParam("id") long id, @NotNull @Valid VoteInput body) {
        writable(id);
        return store.vote(id, me().id(), body.value);
    }

    /** The item if the caller may see it; otherwise it does not exist for them. */
    private Item visible(long id) {
        return readable.find(id, viewer());
    }

    /** An item members may write to here: visible, and of a type its plugin lets the core write. */
    private Item writable(long id) {
        Item item = visible(id);
        requireCoreWrites(item.type());
        return item;
    }

    private void requireCoreWrites(String type) {
        if (type != null && !types.writableThroughCore(type)) {
            String plugin = type.contains(".") ? type.substring(0, type.indexOf('.')) : type;
            throw new ProblemException(ProblemType.FORBIDDEN, "Items of type " + type + " are written through /api/v1/" + plugin
                    + "/, where their rules apply");
        }
    }

    private Long viewer() {
        return current.caller().map(Caller::id).orElse(null);
    }

    private Item changeable(long id) {
        Item item = writable(id);
        if (!ItemAccess.canChange(item, me())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only its author or a moderator changes this item");
        }
        return item;
    }

    private Caller me() {
        return current.caller().orElseThrow();
    }

    private static Set<ItemStatus> parseStatuses(String status) {
        if (status == null || status.isBlank()) {
            return Set.of(ItemStatus.PUBLISHED);
        }
        Set<ItemStatus> statuses = EnumSet.noneOf(ItemStatus.class);
        for (String name : status.split(",")) {
            try {
                statuses.add(ItemStatus.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                throw QueryValues.invalid("status", "must list statuses among " + EnumSet.allOf(ItemStatus.class));
            }
        }
        return statuses;
    }
}
