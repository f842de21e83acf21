package org.symbiose.plugins.ideas.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.rest.Page;
import org.symbiose.api.rest.Versions;
import org.symbiose.plugins.ideas.box.Box;
import org.symbiose.plugins.ideas.box.BoxInput;
import org.symbiose.plugins.ideas.box.Boxes;
import org.symbiose.plugins.ideas.export.IdeasCsv;
import org.symbiose.plugins.ideas.idea.Ideas;
import org.symbiose.plugins.ideas.idea.Roadmap;
import org.symbiose.plugins.ideas.search.SimilarIdea;
import org.symbiose.plugins.ideas.search.SimilarIdeas;
import org.symbiose.plugins.ideas.status.WorkflowInput;

/**
 * {@code /boxes}: the boxes, each box's settings and workflow (managers write them), and what is
 * read of a box as a whole: its roadmap, the ideas like a title being typed, its CSV export.
 */
@Component(service = BoxResource.class)
@Produces(MediaType.APPLICATION_JSON)
public class BoxResource {

    private static final String BOX = IdeasEndpoint.BOX;

    @Reference
    private Boxes boxes;

    @Reference
    private Ideas ideas;

    @Reference
    private SimilarIdeas similar;

    @Reference
    private IdeasCsv csv;

    /** The boxes the caller reads, newest first (one page: a site has a few boxes). */
    @GET
    @PermitAll
    public Page<BoxView> list(@Context SecurityContext security) {
        return Page.of(boxes.list(Caller.of(security, null).id()).stream().map(BoxView::of).toList());
    }

    @POST
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(BoxInput input, @Context SecurityContext security) {
        Box box = boxes.create(input, Caller.of(security, null).member());
        return Response.created(URI.create("/api/v1/ideas/boxes/" + box.id())).entity(BoxView.of(box))
                .tag(Versions.tag(box.version())).build();
    }

    @GET
    @Path(BOX)
    @PermitAll
    public Response box(@PathParam("box") long id, @Context Request request, @Context SecurityContext security) {
        Box box = boxes.require(id, Caller.of(security, null).id());
        return Versions.read(request, box.version(), () -> BoxView.of(box));
    }

    /** Changes what is sent of the box's settings; {@code If-Match} or {@code version} required. */
    @PUT
    @Path(BOX)
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response edit(@PathParam("box") long id, @HeaderParam("If-Match") String ifMatch, BoxInput input,
            @Context SecurityContext security) {
        long version = Versions.expected(ifMatch, input == null ? null : input.version);
        Box box = boxes.edit(id, version, input, Caller.of(security, null).member());
        return Response.ok(BoxView.of(box)).tag(Versions.tag(box.version())).build();
    }

    /** The box's workflow; its ETag is the box's version. */
    @GET
    @Path(BOX + "/workflow")
    @PermitAll
    public Response workflow(@PathParam("box") long id, @Context Request request,
            @Context SecurityContext security) {
        Box box = boxes.require(id, Caller.of(security, null).id());
        return Versions.read(request, box.version(), () -> box.workflow().attribute());
    }

    /** Replaces the workflow; a status dropped while ideas hold it is a 409. */
    @PUT
    @Path(BOX + "/workflow")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response editWorkflow(@PathParam("box") long id, @HeaderParam("If-Match") String ifMatch,
            WorkflowInput input, @Context SecurityContext security) {
        long version = Versions.expected(ifMatch, input == null ? null : input.version);
        Box box = boxes.editWorkflow(id, version, input, Caller.of(security, null).member());
        return Response.ok(box.workflow().attribute()).tag(Versions.tag(box.version())).build();
    }

    /** The box's open statuses as columns of their most voted ideas. */
    @GET
    @Path(BOX + "/roadmap")
    @PermitAll
    public Roadmap roadmap(@PathParam("box") long id, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        Caller caller = Caller.of(security, headers);
        return ideas.roadmap(id, caller.id(), caller.language());
    }

    /** Up to 5 ideas of the box like {@code title}: a member votes for one rather than post it again. */
    @GET
    @Path(BOX + "/similar")
    @PermitAll
    public Page<SimilarIdea> similar(@PathParam("box") long id, @QueryParam("title") String title,
            @Context SecurityContext security) {
        List<SimilarIdea> found = similar.similar(id, title, Caller.of(security, null).id());
        return Page.of(found);
    }

    /** The box's ideas as CSV, for the product team; managers only. */
    @GET
    @Path(BOX + "/export.csv")
    @Produces("text/csv")
    @RolesAllowed("member")
    public Response export(@PathParam("box") long id, @Context SecurityContext security, @Context UriInfo uri) {
        // the site's root: what comes before the REST API's /api/
        String base = uri.getBaseUri().toString();
        String root = base.contains("/api/") ? base.substring(0, base.indexOf("/api/")) : base.replaceAll("/$", "");
        String body = csv.csv(id, root, Caller.of(security, null).member());
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"ideas-" + id + ".csv\"").build();
    }
}
