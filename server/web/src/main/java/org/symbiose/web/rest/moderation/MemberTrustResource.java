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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.core.moderation.TrustLevels;
import org.symbiose.core.moderation.TrustProgress;
import org.symbiose.web.security.CurrentMember;

/** A member's trust level set by a community manager, locked until they unlock it. */
@Path("moderation/members/{id}/trust")
@RequestScoped
@RolesAllowed("community-manager")
@Produces(MediaType.APPLICATION_JSON)
public class MemberTrustResource {

    @Inject
    private TrustLevels trust;

    @Inject
    private CurrentMember current;

    /** The level to set. */
    public static class LevelInput {
        @NotNull
        public Integer level;
        /** Why, free text for the audit log. */
        public String note;
        /** The old name of {@code note}, still read. */
        public String reason;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a member's trust level (0 to 4) by hand; it is locked against automatic change")
    public TrustProgress set(@PathParam("id") long id, @NotNull @Valid LevelInput body) {
        return trust.set(id, body.level, me(), body.note != null ? body.note : body.reason);
    }

    @DELETE
    @Path("lock")
    @Operation(summary = "Unlock a member's trust level: it follows their participation again")
    public TrustProgress unlock(@PathParam("id") long id) {
        return trust.unlock(id, me());
    }

    private long me() {
        return current.caller().orElseThrow().id();
    }
}
