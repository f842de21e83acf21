package org.symbiose.web.rest.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.core.moderation.Flags;
import org.symbiose.core.moderation.ItemFlag;
import org.symbiose.web.security.CurrentMember;

/** Members flagging what should not be there. */
@Path("items/{id}/flags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FlagsResource {

    @Inject
    private Flags flags;

    @Inject
    private CurrentMember current;

    /** The body of a flag. */
    public static class FlagInput {
        @NotNull
        public ItemFlag.Reason reason;
        public String text;
    }

    @POST
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Flag an item (once per member): SPAM, OFFENSIVE, OFF_TOPIC, ILLEGAL, or OTHER with a text")
    public Response flag(@PathParam("id") long id, @NotNull @Valid FlagInput body) {
        Flags.Flagged flagged = flags.flag(id, current.caller().orElseThrow().id(), body.reason, body.text);
        return Response.status(Response.Status.CREATED).entity(flagged).build();
    }
}
