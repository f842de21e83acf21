package org.symbiose.web.rest.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.core.moderation.AccountDeletion;
import org.symbiose.core.moderation.MemberHistory;
import org.symbiose.core.moderation.MemberWatch;
import org.symbiose.core.moderation.ModeratorNote;
import org.symbiose.core.moderation.Sanction;
import org.symbiose.core.moderation.Sanctions;
import org.symbiose.core.moderation.Standing;
import org.symbiose.core.moderation.Watchlist;
import org.symbiose.web.rest.QueryValues;
import org.symbiose.web.security.CurrentMember;

/** Moderators and members' conduct: standing, sanctions with their escalation, private notes. */
@Path("moderation/members/{id}")
@RequestScoped
@RolesAllowed("moderator")
@Produces(MediaType.APPLICATION_JSON)
public class ModeratedMembersResource {

    @Inject
    private Sanctions sanctions;

    @Inject
    private Watchlist watchlist;

    @Inject
    private AccountDeletion deletion;

    @Inject
    private MemberHistory history;

    @Inject
    private CurrentMember current;

    /** A sanction to give. */
    public static class SanctionInput {
        @NotNull
        public Sanction.Kind kind;
        /** The sanction's reason, a short key such as {@code spam} or {@code harassment}. */
        public String reasonKey;
        /** The old name of {@code reasonKey}, still read. */
        public String reason;
        public int points;
        public Instant until;
        public String note;
        /** With DELETE only: what becomes of their content. */
        public AccountDeletion.Content content;

        @NotNull(message = "Say why, as reasonKey")
        public String getReasonKey() {
            return reasonKey != null ? reasonKey : reason;
        }
    }

    /** A note to add. */
    public static class NoteInput {
        @NotNull
        public String text;
    }

    /**
     * What moderators see of a member's conduct.
     *
     * @param standing what they can do, their points, sanctions and trust level
     * @param watch    why they are under watch, or null
     * @param notes    moderators' private notes, newest first
     */
    public record MemberFile(Standing standing, MemberWatch.View watch, List<ModeratorNote.View> notes) {
    }

    @GET
    @Operation(summary = "A member's standing, sanctions, trust level, watch and moderators' notes")
    public MemberFile file(@PathParam("id") long id) {
        return new MemberFile(sanctions.standing(id), watchlist.of(id).orElse(null), sanctions.notes(id));
    }

    @GET
    @Path("history")
    @Operation(summary = "A member's history: their posts with status, flags on their items, flags they raised, sanctions"
            + " and moderators' notes, newest first")
    public MemberHistory.History history(@PathParam("id") long id) {
        return history.of(id);
    }

    @POST
    @Path("sanctions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sanction a member below your role, with a reasonKey (spam, ...) and a note: WARN, SILENCE"
            + " (until optional), SUSPEND (until), DELETE with content ANONYMIZE (kept, by a deleted member) or REMOVE;"
            + " warning points may trigger the escalation ladder")
    public Response sanction(@PathParam("id") long id, @NotNull @Valid SanctionInput body) {
        if (body.content != null && body.kind != Sanction.Kind.DELETE) {
            throw QueryValues.invalid("content", "goes with DELETE only");
        }
        Standing standing = body.kind == Sanction.Kind.DELETE
                ? deletion.delete(id, me(), body.getReasonKey(), body.note, body.content)
                : sanctions.sanction(id, me(), body.kind, body.getReasonKey(), body.points, body.until, body.note);
        return Response.status(Response.Status.CREATED).entity(standing).build();
    }

    @DELETE
    @Path("sanctions/{sanction}")
    @Operation(summary = "Lift a sanction; a silence or suspension it put in place ends now")
    public Standing lift(@PathParam("id") long id, @PathParam("sanction") long sanction) {
        return sanctions.lift(id, sanction, me());
    }

    @POST
    @Path("notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a private moderators' note on a member")
    public Response note(@PathParam("id") long id, @NotNull @Valid NoteInput body) {
        return Response.status(Response.Status.CREATED).entity(sanctions.note(id, me(), body.text)).build();
    }

    private long me() {
        return current.caller().orElseThrow().id();
    }
}
