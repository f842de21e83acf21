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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.core.moderation.ModerationPolicy;
import org.symbiose.core.moderation.ModerationSettings;
import org.symbiose.web.security.CurrentMember;

/** The moderation policy community managers set: flag threshold, newcomers' reviewed posts. */
@Path("moderation/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ModerationSettingsResource {

    @Inject
    private CurrentMember current;

    @Inject
    private ModerationSettings settings;

    /** A new policy. */
    public static class PolicyInput {
        @NotNull
        public Integer flagThreshold;
        @NotNull
        public Integer firstPostsReviewed;
    }

    @GET
    @RolesAllowed("moderator")
    @Operation(summary = "The moderation policy")
    public ModerationPolicy policy() {
        return settings.policy();
    }

    @PUT
    @RolesAllowed("community-manager")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the moderation policy")
    public ModerationPolicy change(@NotNull @Valid PolicyInput body) {
        return settings.change(new ModerationPolicy(body.flagThreshold, body.firstPostsReviewed), me());
    }

    private long me() {
        return current.caller().orElseThrow().id();
    }
}
