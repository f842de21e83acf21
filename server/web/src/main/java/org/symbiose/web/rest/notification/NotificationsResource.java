package org.symbiose.web.rest.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.api.rest.Page;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.core.notification.Notification;
import org.symbiose.core.notification.NotificationList;
import org.symbiose.web.rest.QueryValues;
import org.symbiose.web.security.CurrentMember;

/** The signed-in member's notifications: what plugins told them. */
@Path("me/notifications")
@RequestScoped
@RolesAllowed("member")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    private static final int MAX_PAGE = 100;

    @Inject
    private NotificationList notifications;

    @Inject
    private CurrentMember current;

    @GET
    @Operation(summary = "My notifications, newest first, with a next link")
    public Response list(@QueryParam("before") String before, @QueryParam("limit") String limit, @Context UriInfo uri) {
        int size = QueryValues.limit(limit, 20, MAX_PAGE);
        return Response.ok(Page.newestFirst(notifications.page(me(), QueryValues.id("before", before), size + 1), size, Notification::id, uri)).build();
    }

    @GET
    @Path("unread")
    @Operation(summary = "How many of my notifications are unread")
    public Map<String, Long> unread() {
        return Map.of("unread", notifications.unread(me()));
    }

    @PUT
    @Path("{id}/read")
    @Operation(summary = "Mark one of my notifications read")
    public Response markRead(@PathParam("id") long id) {
        if (!notifications.markRead(me(), id)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "You have no notification " + id);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("read")
    @Operation(summary = "Mark all my notifications read")
    public Response markAllRead() {
        notifications.markAllRead(me());
        return Response.noContent().build();
    }

    private long me() {
        return current.caller().orElseThrow().id();
    }
}
