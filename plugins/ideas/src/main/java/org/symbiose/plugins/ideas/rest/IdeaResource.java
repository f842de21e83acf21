package org.symbiose.plugins.ideas.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.rest.Versions;
import org.symbiose.plugins.ideas.idea.Idea;
import org.symbiose.plugins.ideas.idea.IdeaInput;
import org.symbiose.plugins.ideas.idea.Ideas;
import org.symbiose.plugins.ideas.idea.Subscriptions;
import org.symbiose.plugins.ideas.merge.MergeInput;
import org.symbiose.plugins.ideas.merge.Merges;
import org.symbiose.plugins.ideas.status.StatusChangeInput;
import org.symbiose.plugins.ideas.status.StatusChanges;

/**
 * {@code /{idea}}: one idea (its ETag is its version, and it is per caller since it says whether
 * they voted), its edit, a manager's status change with a response and merge, a member's
 * subscription and reactions.
 */
@Component(service = IdeaResource.class)
@Produces(MediaType.APPLICATION_JSON)
public class IdeaResource {

    @Reference
    private Ideas ideas;

    @Reference
    private StatusChanges statuses;

    @Reference
    private Merges merges;

    @Reference
    private Subscriptions subscriptions;

    @Reference
    private IdeaViews views;

    @GET
    @PermitAll
    public Response idea(@PathParam("idea") long id, @Context Request request, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        Caller caller = Caller.of(security, headers);
        IdeaView view = views.of(ideas.require(id, caller.id()), caller.id(), caller.language());
        return Versions.read(request, Versions.tagOf(view), () -> view);
    }

    /** Edits title, body or tags; {@code If-Match} or {@code version} required. */
    @PUT
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response edit(@PathParam("idea") long id, @HeaderParam("If-Match") String ifMatch, IdeaInput input,
            @Context SecurityContext security, @Context HttpHeaders headers) {
        Caller caller = Caller.of(security, headers);
        long version = Versions.expected(ifMatch, input == null ? null : input.version);
        return viewed(ideas.edit(id, version, input, caller.member()), caller);
    }

    /** Moves the idea along its box's workflow, with an optional official response; managers only. */
    @POST
    @Path("status")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response status(@PathParam("idea") long id, StatusChangeInput input, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        Caller caller = Caller.of(security, headers);
        return viewed(statuses.change(id, input, caller.member()), caller);
    }

    /** Merges this idea into {@code into}; managers only. Answers the duplicate, showing where it went. */
    @POST
    @Path("merge")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response merge(@PathParam("idea") long id, MergeInput input, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        Caller caller = Caller.of(security, headers);
        return viewed(merges.merge(id, input, caller.member()), caller);
    }

    @POST
    @Path("subscription")
    @RolesAllowed("member")
    public Map<String, Boolean> subscribe(@PathParam("idea") long id, @Context SecurityContext security) {
        return subscription(id, security, true);
    }

    @DELETE
    @Path("subscription")
    @RolesAllowed("member")
    public Map<String, Boolean> unsubscribe(@PathParam("idea") long id, @Context SecurityContext security) {
        return subscription(id, security, false);
    }

    /** Adds the caller's reaction of {@code kind}; answers the idea's reaction counts. */
    @POST
    @Path("reactions/{kind}")
    @RolesAllowed("member")
    public Map<String, Long> react(@PathParam("idea") long id, @PathParam("kind") String kind,
            @Context SecurityContext security) {
        return ideas.react(id, Caller.of(security, null).member(), kind, true).reactions();
    }

    /** Takes the caller's reaction back. */
    @DELETE
    @Path("reactions/{kind}")
    @RolesAllowed("member")
    public Map<String, Long> unreact(@PathParam("idea") long id, @PathParam("kind") String kind,
            @Context SecurityContext security) {
        return ideas.react(id, Caller.of(security, null).member(), kind, false).reactions();
    }

    private Map<String, Boolean> subscription(long id, SecurityContext security, boolean on) {
        long member = Caller.of(security, null).member();
        ideas.require(id, member);
        if (on) {
            subscriptions.subscribe(id, member);
        } else {
            subscriptions.unsubscribe(id, member);
        }
        return Map.of("subscribed", on);
    }

    private Response viewed(Idea idea, Caller caller) {
        IdeaView view = views.of(idea, caller.id(), caller.language());
        return Response.ok(view).tag(Versions.tag(idea.version())).build();
    }
}
