package org.symbiose.plugins.ideas.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.plugins.ideas.vote.VoteOutcome;
import org.symbiose.plugins.ideas.vote.Votes;

/**
 * {@code /{idea}/vote}: supporting an idea and taking the vote back, each answering the idea's count
 * and the caller's budget. Past the budget, twice, without a vote, on a closed or merged idea or in
 * a closed box: 409.
 */
@Component(service = VoteResource.class)
@Produces(MediaType.APPLICATION_JSON)
public class VoteResource {

    @Reference
    private Votes votes;

    @POST
    @RolesAllowed("member")
    public VoteOutcome vote(@PathParam("idea") long id, @Context SecurityContext security) {
        return votes.vote(id, Caller.of(security, null).member());
    }

    @DELETE
    @RolesAllowed("member")
    public VoteOutcome unvote(@PathParam("idea") long id, @Context SecurityContext security) {
        return votes.unvote(id, Caller.of(security, null).member());
    }
}
