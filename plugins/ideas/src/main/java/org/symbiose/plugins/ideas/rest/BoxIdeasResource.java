package org.symbiose.plugins.ideas.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.rest.Page;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.api.rest.Versions;
import org.symbiose.plugins.ideas.Listing;
import org.symbiose.plugins.ideas.box.Box;
import org.symbiose.plugins.ideas.box.Boxes;
import org.symbiose.plugins.ideas.idea.Idea;
import org.symbiose.plugins.ideas.idea.IdeaFilter;
import org.symbiose.plugins.ideas.idea.IdeaInput;
import org.symbiose.plugins.ideas.idea.IdeaOrder;
import org.symbiose.plugins.ideas.idea.Ideas;
import org.symbiose.plugins.ideas.vote.Votes;

/** {@code /boxes/{box}/ideas}: a box's ideas, listed by trend, votes or date and filtered; proposing one. */
@Component(service = BoxIdeasResource.class)
@Produces(MediaType.APPLICATION_JSON)
public class BoxIdeasResource {

    @Reference
    private Boxes boxes;

    @Reference
    private Ideas ideas;

    @Reference
    private Votes votes;

    @Reference
    private IdeaViews views;

    /**
     * One page of the box's ideas: {@code order} trending (default), top or newest; filtered by
     * {@code status}, {@code tag}, the caller's own ({@code mine=true}) or those they voted for
     * ({@code voted=true}, one page, newest vote last). Each idea with an excerpt of its text, not its body.
     */
    @GET
    @PermitAll
    public Page<IdeaSummary> list(@PathParam("box") long boxId, @QueryParam("order") String order,
            @QueryParam("status") String status, @QueryParam("tag") String tag, @QueryParam("mine") String mine,
            @QueryParam("voted") String voted, @QueryParam("before") String before, @QueryParam("limit") String limit,
            @Context SecurityContext security, @Context HttpHeaders headers, @Context UriInfo uri) {
        Caller caller = Caller.of(security, headers);
        IdeaOrder chosen = IdeaOrder.of(order);
        IdeaFilter filter = new IdeaFilter(status, tag, flag(mine, "mine"), flag(voted, "voted"));
        int size = ListParameters.limit(limit);
        Long cursor = ListParameters.cursor(before, "before");
        Box box = boxes.require(boxId, caller.id());
        if (filter.voted()) {
            List<Idea> supported = ideas.byIds(votes.votedIdeas(boxId, caller.member()), caller.id());
            return Page.of(views.of(supported, box, caller.id(), caller.language()));
        }
        Listing<Idea> page = ideas.list(boxId, chosen, filter, cursor, size, caller.id());
        return Page.of(views.of(page.items(), box, caller.id(), caller.language()), uri, "before", page.next());
    }

    /** Proposes an idea: 201 with the idea and its address. */
    @POST
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("box") long boxId, IdeaInput input, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        Caller caller = Caller.of(security, headers);
        Idea idea = ideas.create(boxId, input, caller.member());
        return Response.created(URI.create("/api/v1/ideas/" + idea.id()))
                .entity(views.of(idea, caller.id(), caller.language())).tag(Versions.tag(idea.version())).build();
    }

    private static boolean flag(String value, String name) {
        if (value == null || value.isBlank() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new ProblemException(ProblemType.VALIDATION, name, name + " is true or false");
    }
}
