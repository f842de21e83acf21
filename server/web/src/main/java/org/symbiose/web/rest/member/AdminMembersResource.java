package org.symbiose.web.rest.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.api.member.AccountState;
import org.symbiose.api.member.Role;
import org.symbiose.api.rest.Page;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.core.member.Member;
import org.symbiose.core.member.Members;
import org.symbiose.web.rest.QueryValues;
import org.symbiose.web.security.Caller;
import org.symbiose.web.security.CurrentMember;

/** Moderators and administrators acting on members: list, silence, suspend, delete, change role. */
@Path("admin/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminMembersResource {

    @Inject
    private Members members;

    @Inject
    private CurrentMember current;

    @GET
    @RolesAllowed("moderator")
    @Operation(summary = "Members, newest first, with a next link")
    public Response list(@QueryParam("before") String before, @QueryParam("limit") String limitParam,
            @Context UriInfo uri) {
        int limit = QueryValues.limit(limitParam, 50, 100);
        List<Member> page = members.list(QueryValues.id("before", before), limit + 1);
        List<OwnProfile> shown = page.stream().limit(limit).map(OwnProfile::of).toList();
        Long next = page.size() > limit ? shown.get(limit - 1).id() : null;
        return Response.ok(Page.of(shown, uri, Page.BEFORE, next)).build();
    }

    @PUT
    @Path("{id}/state")
    @RolesAllowed("moderator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Silence, suspend, reactivate or (administrators) delete a member")
    public OwnProfile changeState(@PathParam("id") long id, @NotNull @Valid StateChange body) {
        Caller caller = current.caller().orElseThrow();
        Member target = members.get(id);
        if (target.getId() == caller.id()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "You cannot change your own account state here");
        }
        // Moderators act on members below them; only administrators delete.
        if (target.getRole().includes(caller.role()) && caller.role() != Role.ADMINISTRATOR) {
            throw new ProblemException(ProblemType.FORBIDDEN, "You cannot act on a member whose role is not below yours");
        }
        if (body.state == AccountState.DELETED && !caller.is(Role.ADMINISTRATOR)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only administrators delete members");
        }
        return OwnProfile.of(members.changeState(id, body.state, body.until));
    }

    @PUT
    @Path("{id}/role")
    @RolesAllowed("administrator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a member another role")
    public OwnProfile changeRole(@PathParam("id") long id, @NotNull @Valid RoleChange body) {
        if (id == current.caller().orElseThrow().id() && body.role != Role.ADMINISTRATOR) {
            throw new ProblemException(ProblemType.CONFLICT, "Administrators cannot demote themselves; ask another administrator");
        }
        return OwnProfile.of(members.changeRole(id, body.role));
    }
}
