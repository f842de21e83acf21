package org.symbiose.web.rest.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.api.content.ItemEdit;
import org.symbiose.api.rest.Page;
import org.symbiose.core.moderation.ReviewEntry;
import org.symbiose.core.moderation.ReviewQueue;
import org.symbiose.core.moderation.Reviewed;
import org.symbiose.web.rest.QueryValues;
import org.symbiose.web.rest.problem.ErrorResponses;
import org.symbiose.web.rest.problem.Problem;
import org.symbiose.web.security.CurrentMember;

/** The review queue: what waits for a moderator, their claims, and their decisions one by one or in bulk. */
@Path("moderation/queue")
@RequestScoped
@RolesAllowed("moderator")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewQueueResource {

    private static final int MAX_BULK = 100;

    @Inject
    private ReviewQueue queue;

    @Inject
    private CurrentMember current;

    @Inject
    private Clock clock;

    /** A decision on one entry; a title or body with APPROVE corrects the item before approving it. */
    public static class DecisionInput {
        @NotNull
        public ReviewEntry.Decision decision;
        public String note;
        @NotNull
        public Long version;
        public String title;
        public String body;
    }

    /** A decision on one entry of a bulk decision. */
    public static class BulkEntryInput {
        @NotNull
        public Long id;
        @NotNull
        public Long version;
        @NotNull
        public ReviewEntry.Decision decision;
        public String note;
    }

    /** Decisions on several entries. */
    public static class BulkInput {
        @NotNull
        @Size(min = 1, max = MAX_BULK)
        public List<@NotNull @Valid BulkEntryInput> decisions;
    }

    /**
     * What became of one entry of a bulk decision.
     *
     * @param id      the entry
     * @param status  200 when decided, else the status a single decision would have had
     * @param entry   the decided entry, or null
     * @param problem why it was refused, or null
     */
    public record Outcome(long id, int status, Reviewed entry, Problem problem) {
    }

    /**
     * The outcomes, in the order sent.
     *
     * @param items one per decision
     */
    public record Outcomes(List<Outcome> items) {
    }

    @GET
    @Operation(summary = "Open entries, by priority then oldest first; cause=FLAGS|RULE|NEWCOMER|PLUGIN, plugin, author (id),"
            + " olderThan and newerThan (ISO-8601 durations such as PT2H or P3D); offset and limit")
    public Page<Reviewed> waiting(@QueryParam("cause") String cause, @QueryParam("plugin") String plugin,
            @QueryParam("author") String author, @QueryParam("olderThan") String olderThan,
            @QueryParam("newerThan") String newerThan, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit, @Context UriInfo uri) {
        long skip = offset == null || offset.isBlank() ? 0 : QueryValues.number("offset", offset);
        if (skip < 0 || skip > 100_000) {
            throw QueryValues.invalid("offset", "must be between 0 and 100000");
        }
        if (plugin != null && !plugin.isBlank() && !plugin.strip().matches("[a-z][a-z0-9-]{0,39}")) {
            throw QueryValues.invalid("plugin", "must be a plugin id such as forum");
        }
        Instant now = clock.instant();
        Duration older = QueryValues.duration("olderThan", olderThan);
        Duration newer = QueryValues.duration("newerThan", newerThan);
        ReviewQueue.Filter filter = new ReviewQueue.Filter(QueryValues.choice("cause", cause, ReviewEntry.Cause.class),
                plugin == null || plugin.isBlank() ? null : plugin.strip(), QueryValues.id("author", author),
                older == null ? null : now.minus(older), newer == null ? null : now.minus(newer));
        int size = QueryValues.limit(limit, 50, 200);
        // one entry more than shown says whether a next page exists
        List<Reviewed> fetched = queue.waiting(filter, (int) skip, size + 1);
        return fetched.size() > size ? Page.of(fetched.subList(0, size), uri, Page.OFFSET, skip + size) : Page.of(fetched);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide an entry: APPROVE (with a corrected title or body: edit then approve), REJECT (the author"
            + " is told the note), HIDE or DISMISS the flags; refused with 409 while another moderator holds it")
    public Reviewed decide(@PathParam("id") long id, @NotNull @Valid DecisionInput body) {
        ItemEdit edit = body.title == null && body.body == null ? null : new ItemEdit(body.title, body.body, null, null);
        return queue.decide(id, body.version, me(), body.decision, body.note, edit);
    }

    @POST
    @Path("decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide up to 100 entries, each on its own: one refused (409 stale or claimed, 404) leaves the"
            + " others decided; the answer gives each one's outcome")
    public Outcomes decideAll(@NotNull @Valid BulkInput body) {
        List<Outcome> outcomes = new ArrayList<>();
        for (BulkEntryInput decision : body.decisions) {
            outcomes.add(decideOne(decision));
        }
        return new Outcomes(outcomes);
    }

    @POST
    @Path("{id}/claim")
    @Operation(summary = "Claim an entry for 15 minutes: other moderators' claims and decisions on it are refused (409)")
    public Reviewed claim(@PathParam("id") long id) {
        return queue.claim(id, me());
    }

    @DELETE
    @Path("{id}/claim")
    @Operation(summary = "Release one's claim on an entry")
    public Reviewed release(@PathParam("id") long id) {
        return queue.release(id, me());
    }

    /** One decision in its own transaction (the queue's): a refusal rolls back only that one. */
    private Outcome decideOne(BulkEntryInput decision) {
        try {
            return new Outcome(decision.id, 200, queue.decide(decision.id, decision.version, me(), decision.decision,
                    decision.note), null);
        } catch (RuntimeException refused) {
            Problem problem = ErrorResponses.problemOf(refused);
            if (problem == null) {
                throw refused;
            }
            return new Outcome(decision.id, problem.status(), null, problem);
        }
    }

    private long me() {
        return current.caller().orElseThrow().id();
    }
}
