package org.symbiose.web.rest.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.core.moderation.ReviewEntry;
import org.symbiose.core.moderation.ReviewQueue;
import org.symbiose.core.moderation.Reviewed;
import org.symbiose.web.rest.QueryValues;
import org.symbiose.web.security.CurrentMember;

/** The review queue: what waits for a moderator, and their decisions. */
@Path("moderation/queue")
@RequestScoped
@RolesAllowed("moderator")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewQueueResource {

    @Inject
    private ReviewQueue queue;

    @Inject
    private CurrentMember current;

    /** A decision on one entry. */
    public static class DecisionInput {
        @NotNull
        public ReviewEntry.Decision decision;
        public String note;
        @NotNull
        public Long version;
    }

    @GET
    @Operation(summary = "Open entries, most urgent first; cause=FLAGS|RULE|NEWCOMER|PLUGIN; offset and limit")
    public List<Reviewed> waiting(@QueryParam("cause") String cause, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        long skip = offset == null || offset.isBlank() ? 0 : QueryValues.number("offset", offset);
        if (skip < 0 || skip > 100_000) {
            throw QueryValues.invalid("offset", "must be between 0 and 100000");
        }
        return queue.waiting(cause(cause), (int) skip, QueryValues.limit(limit, 50, 200));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide an entry: APPROVE, REJECT (the author is told the note), HIDE or DISMISS the flags")
    public Reviewed decide(@PathParam("id") long id, @NotNull @Valid DecisionInput body) {
        return queue.decide(id, body.version, current.caller().orElseThrow().id(), body.decision, body.note);
    }

    private static ReviewEntry.Cause cause(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ReviewEntry.Cause.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw QueryValues.invalid("cause", "must be FLAGS, RULE, NEWCOMER or PLUGIN");
        }
    }
}
