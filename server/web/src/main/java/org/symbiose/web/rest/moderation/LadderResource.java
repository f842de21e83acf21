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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.core.moderation.LadderStep;
import org.symbiose.core.moderation.ModerationSettings;
import org.symbiose.core.moderation.Sanction;
import org.symbiose.web.security.CurrentMember;

/** The escalation ladder: warning points that bring a silence or a suspension by themselves. */
@Path("moderation/ladder")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LadderResource {

    @Inject
    private CurrentMember current;

    @Inject
    private ModerationSettings settings;

    /** One step, as sent. */
    public static class StepInput {
        public int points;
        @NotNull
        public Sanction.Kind kind;
        public int days;
    }

    /** The whole ladder, as sent. */
    public static class LadderInput {
        @NotNull
        public List<@NotNull @Valid StepInput> steps;
    }

    @GET
    @RolesAllowed("moderator")
    @Operation(summary = "The ladder, lowest threshold first")
    public List<LadderStep> ladder() {
        return settings.ladder();
    }

    @PUT
    @RolesAllowed("community-manager")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the ladder, e.g. 3 points: SILENCE 1 day; 6 points: SUSPEND 7 days")
    public List<LadderStep> change(@NotNull @Valid LadderInput body) {
        return settings.changeLadder(body.steps.stream().map(step -> new LadderStep(step.points, step.kind, step.days)).toList(), me());
    }

    private long me() {
        return current.caller().orElseThrow().id();
    }
}
