package org.symbiose.plugins.survey.rest;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.rest.Page;
import org.symbiose.api.rest.Versions;
import org.symbiose.plugins.survey.export.Codebook;
import org.symbiose.plugins.survey.export.ResponsesCsv;
import org.symbiose.plugins.survey.export.ResponsesJson;
import org.symbiose.plugins.survey.response.Responses;
import org.symbiose.plugins.survey.survey.Invitations;
import org.symbiose.plugins.survey.survey.StoredSurvey;
import org.symbiose.plugins.survey.survey.SurveyInput;
import org.symbiose.plugins.survey.survey.Surveys;

/**
 * {@code /surveys}: what managers do with surveys ({@code survey.manage}): build, change and
 * publish them, issue invitation tokens, export their responses with the codebook.
 */
@Component(service = SurveyResource.class)
@Produces(MediaType.APPLICATION_JSON)
public class SurveyResource {

    private static final String SURVEY = SurveyEndpoint.SURVEY;

    @Reference
    private Surveys surveys;

    @Reference
    private Responses responses;

    @Reference
    private Invitations invitations;

    /** Every survey, newest first (one page: a site has tens of surveys). */
    @GET
    @RolesAllowed("member")
    public Page<SurveyView> list(@Context SecurityContext security) {
        return Page.of(surveys.list(Caller.of(security, null).member()).stream().map(this::view).toList());
    }

    /** A new draft survey: 201; 400 on a malformed definition, 422 listing what is wrong in it. */
    @POST
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(SurveyInput input, @Context SecurityContext security, @Context HttpHeaders headers) {
        Caller caller = Caller.of(security, headers);
        StoredSurvey survey = surveys.create(input, caller.member(), caller.locale());
        return Response.created(URI.create("/api/v1/survey/surveys/" + survey.id())).entity(view(survey))
                .tag(Versions.tag(survey.version())).build();
    }

    @GET
    @Path(SURVEY)
    @RolesAllowed("member")
    public Response survey(@PathParam("survey") long id, @Context Request request,
            @Context SecurityContext security) {
        StoredSurvey survey = surveys.requireManaged(id, Caller.of(security, null).member());
        return Versions.read(request, survey.version(), () -> view(survey));
    }

    /** Changes what is sent; {@code If-Match} or {@code version} required. */
    @PUT
    @Path(SURVEY)
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response edit(@PathParam("survey") long id, @HeaderParam("If-Match") String ifMatch, SurveyInput input,
            @Context SecurityContext security, @Context HttpHeaders headers) {
        Caller caller = Caller.of(security, headers);
        long version = Versions.expected(ifMatch, input == null ? null : input.version);
        return ok(surveys.edit(id, version, input, caller.member(), caller.locale()));
    }

    /** Deletes the survey (204); {@code If-Match} required. Its responses are kept with its item. */
    @DELETE
    @Path(SURVEY)
    @RolesAllowed("member")
    public Response delete(@PathParam("survey") long id, @HeaderParam("If-Match") String ifMatch,
            @Context SecurityContext security) {
        surveys.delete(id, Versions.expected(ifMatch, null), Caller.of(security, null).member());
        return Response.noContent().build();
    }

    /** Publishes the survey; {@code If-Match} required. */
    @POST
    @Path(SURVEY + "/publish")
    @RolesAllowed("member")
    public Response publish(@PathParam("survey") long id, @HeaderParam("If-Match") String ifMatch,
            @Context SecurityContext security) {
        return ok(surveys.publish(id, Versions.expected(ifMatch, null), Caller.of(security, null).member()));
    }

    /** {@code {"count": n}} new invitation tokens, answered as {@code {"tokens": [...]}}. */
    @POST
    @Path(SURVEY + "/tokens")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, List<String>> tokens(@PathParam("survey") long id, Map<String, Object> body,
            @Context SecurityContext security) {
        long actor = Caller.of(security, null).member();
        surveys.requireManaged(id, actor);
        Object count = body == null ? null : body.get("count");
        return Map.of("tokens", invitations.issue(id, count instanceof Number n ? n.intValue() : 0, actor));
    }

    /** The responses as CSV, one column per answer field, codes not labels (see the codebook). */
    @GET
    @Path(SURVEY + "/export.csv")
    @Produces("text/csv")
    @RolesAllowed("member")
    public Response csv(@PathParam("survey") long id, @Context SecurityContext security) {
        return export(id, security, "text/csv; charset=UTF-8", ".csv",
                survey -> ResponsesCsv.csv(survey.definition(), responses.responses(survey)));
    }

    /** What each CSV column and code means, in both languages, as CSV. */
    @GET
    @Path(SURVEY + "/codebook.csv")
    @Produces("text/csv")
    @RolesAllowed("member")
    public Response codebook(@PathParam("survey") long id, @Context SecurityContext security) {
        return export(id, security, "text/csv; charset=UTF-8", "-codebook.csv",
                survey -> Codebook.of(survey.definition()).csv());
    }

    /** The responses as JSON, with the survey's definition. */
    @GET
    @Path(SURVEY + "/export.json")
    @RolesAllowed("member")
    public Response json(@PathParam("survey") long id, @Context SecurityContext security) {
        return export(id, security, MediaType.APPLICATION_JSON, ".json",
                survey -> ResponsesJson.of(survey.definition(), responses.responses(survey)));
    }

    /** A download of what {@code body} makes of the survey, named {@code survey-<id><suffix>}; managers only. */
    private Response export(long id, SecurityContext security, String type, String suffix,
            Function<StoredSurvey, Object> body) {
        StoredSurvey survey = surveys.requireManaged(id, Caller.of(security, null).member());
        return Response.ok(body.apply(survey), type)
                .header("Content-Disposition", "attachment; filename=\"survey-" + id + suffix + "\"").build();
    }

    private Response ok(StoredSurvey survey) {
        return Response.ok(view(survey)).tag(Versions.tag(survey.version())).build();
    }

    private SurveyView view(StoredSurvey survey) {
        return SurveyView.of(survey, surveys.responses(survey.id()));
    }
}
