package org.symbiose.web.rest.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.api.rest.Page;
import org.symbiose.api.rest.Versions;
import org.symbiose.core.member.ApiTokens;
import org.symbiose.core.member.Member;
import org.symbiose.core.member.Members;
import org.symbiose.core.member.ProfileChange;
import org.symbiose.core.moderation.Sanctions;
import org.symbiose.core.moderation.Standing;
import org.symbiose.web.security.CurrentMember;

/** The signed-in member's own account: profile, password and API tokens. */
@Path("me")
@RequestScoped
@RolesAllowed("member")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    private Sanctions sanctions;

    @Inject
    private Members members;

    @Inject
    private ApiTokens tokens;

    @Inject
    private CurrentMember current;

    @GET
    @Operation(summary = "Your profile; answers 304 to a matching If-None-Match")
    public Response profile(@Context Request request) {
        Member member = members.get(me());
        return Versions.read(request, member.getVersion(), () -> OwnProfile.of(member));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change your profile (If-Match or version required)")
    public Response update(@NotNull @Valid ProfileUpdate body, @HeaderParam("If-Match") String ifMatch) {
        long expected = Versions.expected(ifMatch, body.version);
        Member member = members.updateProfile(me(), expected,
                new ProfileChange(body.displayName, body.bio, body.avatarUrl, body.locale));
        return Response.ok(OwnProfile.of(member)).tag(Versions.tag(member.getVersion())).build();
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change your password")
    public Response changePassword(@NotNull @Valid PasswordChange body) {
        members.changePassword(me(), body.currentPassword, body.newPassword);
        return Response.noContent().build();
    }

    @GET
    @Path("tokens")
    @Operation(summary = "Your API tokens (without their secrets)")
    public Page<TokenView> tokens() {
        return Page.of(tokens.list(me()).stream().map(TokenView::of).toList());
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API token; its secret is shown in this answer only")
    public Response issueToken(@NotNull @Valid TokenRequest body, @Context UriInfo uri) {
        ApiTokens.Issued issued = tokens.issue(me(), body.name);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(issued.token().getId())).build())
                .entity(TokenView.issued(issued.token(), issued.secret()))
                .build();
    }

    @GET
    @Path("standing")
    @RolesAllowed("member")
    @Operation(summary = "My standing: what I can no longer do and until when, my warning points and sanctions")
    public Standing standing() {
        return sanctions.standing(me());
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "Revoke one of your API tokens")
    public Response revokeToken(@PathParam("id") long id) {
        tokens.revoke(me(), id);
        return Response.noContent().build();
    }

    private long me() {
        return current.caller().orElseThrow().id();
    }
}
