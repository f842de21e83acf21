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
import org.symbiose.core.moderation.LevelRequirement;
import org.symbiose.core.moderation.TrustPolicy;
import org.symbiose.core.moderation.TrustSettings;
import org.symbiose.web.security.CurrentMember;

/** The trust settings community managers set: each level's requirements, new members' limits, the spam threshold. */
@Path("moderation/trust")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TrustSettingsResource {

    @Inject
    private TrustSettings settings;

    @Inject
    private CurrentMember current;

    /** One level's requirements, as sent. */
    public static class LevelInput {
        @NotNull
        public Integer level;
        @NotNull
        public Integer daysVisited;
        @NotNull
        public Integer postsRead;
        @NotNull
        public Integer postsWritten;
        @NotNull
        public Integer likesReceived;
        @NotNull
        public Integer cleanDays;
    }

    /** The whole settings, as sent. */
    public static class TrustInput {
        @NotNull
        public List<@NotNull @Valid LevelInput> levels;
        @NotNull
        public Integer newcomerLinks;
        @NotNull
        public Integer newcomerImages;
        @NotNull
        public Integer spamThreshold;
    }

    @GET
    @RolesAllowed("moderator")
    @Operation(summary = "The trust settings")
    public TrustPolicy policy() {
        return settings.policy();
    }

    @PUT
    @RolesAllowed("community-manager")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the trust settings: levels 1 to 3's requirements, a level-0 member's links and images"
            + " per post, the spam score that holds a post")
    public TrustPolicy change(@NotNull @Valid TrustInput body) {
        return settings.change(new TrustPolicy(body.levels.stream().map(level -> new LevelRequirement(level.level,
                level.daysVisited, level.postsRead, level.postsWritten, level.likesReceived, level.cleanDays)).toList(),
                body.newcomerLinks, body.newcomerImages, body.spamThreshold), current.caller().orElseThrow().id());
    }
}
