package org.symbiose.plugins.ideas.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.rest.Page;
import org.symbiose.plugins.ideas.Listing;
import org.symbiose.plugins.ideas.idea.IdeaComment;
import org.symbiose.plugins.ideas.idea.IdeaComments;

/** {@code /{idea}/comments}: an idea's comments, oldest first ({@code after} pages on), and commenting. */
@Component(service = CommentResource.class)
@Produces(MediaType.APPLICATION_JSON)
public class CommentResource {

    @Reference
    private IdeaComments comments;

    @GET
    @PermitAll
    public Page<IdeaComment> list(@PathParam("idea") long id, @QueryParam("after") String after,
            @QueryParam("limit") String limit, @Context SecurityContext security, @Context UriInfo uri) {
        Listing<IdeaComment> page = comments.list(id, Caller.of(security, null).id(),
                ListParameters.cursor(after, "after"), ListParameters.limit(limit));
        return Page.of(page.items(), uri, "after", page.next());
    }

    /** Comments the idea: 201; the core's screening may hold the comment for review. */
    @POST
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("idea") long id, CommentInput input, @Context SecurityContext security) {
        IdeaComment comment = comments.add(id, input == null ? null : input.body, Caller.of(security, null).member());
        return Response.created(URI.create("/api/v1/ideas/" + id + "/comments")).entity(comment).build();
    }

    /** The comment as sent. */
    public static class CommentInput {
        public String body;
    }
}
