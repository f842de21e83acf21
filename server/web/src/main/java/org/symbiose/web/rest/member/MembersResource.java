package org.symbiose.web.rest.member;

import jakarta.annotation.security.PermitAll;
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
import org.symbiose.core.member.Member;
import org.symbiose.core.member.Members;

/** Joining the community, and members' public profiles. */
@Path("members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

    @Inject
    private Members members;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a new member")
    public Response register(@NotNull @Valid Registration body, @Context UriInfo uri) {
        Member member = members.register(body.email, body.displayName, body.password, body.locale);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(member.getId())).build())
                .entity(OwnProfile.of(member))
                .build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "A member's public profile")
    public PublicProfile profile(@PathParam("id") long id) {
        return PublicProfile.of(members.get(id));
    }
}
