package org.symbiose.web.rest.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.core.moderation.Flags;
import org.symbiose.core.moderation.ItemFlag;
import org.symbiose.web.security.CurrentMember;

/** Members flagging what should not be there. */
@Path("items/{id}/flags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FlagsResource {

    /** A member flags an item once: their flag is the item's flag that is theirs. */
    private static final String MINE = "mine";

    @Inject
    private Flags flags;

    @Inject
    private CurrentMember current;

    /** The body of a flag: {@code flagReason} ({@code reason}, its old name, is still read) and a text. */
    public static class FlagInput {
        public ItemFlag.Reason flagReason;
        public ItemFlag.Reason reason;
        public String text;

        @NotNull(message = "Say why: SPAM, OFFENSIVE, OFF_TOPIC, ILLEGAL or OTHER, as flagReason")
        public ItemFlag.Reason getFlagReason() {
            return flagReason != null ? flagReason : reason;
        }
    }

    @POST
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Flag an item (once per member): flagReason SPAM, OFFENSIVE, OFF_TOPIC, ILLEGAL, or OTHER with a"
            + " text; answers 201 with the Location of your flag")
    public Response flag(@PathParam("id") long id, @NotNull @Valid FlagInput body, @Context UriInfo uri) {
        Flags.Flagged flagged = flags.flag(id, current.caller().orElseThrow().id(), body.getFlagReason(), body.text);
        return Response.created(uri.getAbsolutePathBuilder().path(MINE).build()).entity(flagged).build();
    }

    @GET
    @Path(MINE)
    @RolesAllowed("member")
    @Operation(summary = "Your flag on an item: its flagReason, text, when you raised it and when it was resolved")
    public Flags.OwnFlag mine(@PathParam("id") long id) {
        return flags.own(id, current.caller().orElseThrow().id())
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "You have not flagged item " + id));
    }
}
