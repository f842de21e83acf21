package org.symbiose.web.rest.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.core.moderation.MemberWatch;
import org.symbiose.core.moderation.Watchlist;
import org.symbiose.web.security.CurrentMember;

/** Members under watch: every new post of theirs waits for review until the watch is lifted. */
@Path("moderation/members/{id}/watch")
@RequestScoped
@RolesAllowed("moderator")
@Produces(MediaType.APPLICATION_JSON)
public class MemberWatchResource {

    @Inject
    private Watchlist watchlist;

    @Inject
    private CurrentMember current;

    /** Why the member is watched: {@code note}, free text ({@code reason}, its old name, is still read). */
    public static class WatchInput {
        public String note;
        public String reason;

        @NotNull(message = "Say why, as note")
        public String getNote() {
            return note != null ? note : reason;
        }
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a member below your role under watch, with a note saying why (or change it): their new posts"
            + " wait for review")
    public MemberWatch.View watch(@PathParam("id") long id, @NotNull @Valid WatchInput body) {
        return watchlist.watch(id, me(), body.getNote());
    }

    @DELETE
    @Operation(summary = "Lift a member's watch")
    public Response lift(@PathParam("id") long id) {
        watchlist.lift(id, me());
        return Response.noContent().build();
    }

    private long me() {
        return current.caller().orElseThrow().id();
    }
}
