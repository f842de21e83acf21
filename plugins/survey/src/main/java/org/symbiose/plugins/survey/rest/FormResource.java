package org.symbiose.plugins.survey.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.rest.Versions;
import org.symbiose.plugins.survey.response.Responses;
import org.symbiose.plugins.survey.survey.Respondent;
import org.symbiose.plugins.survey.survey.StoredSurvey;
import org.symbiose.plugins.survey.survey.Surveys;

/**
 * {@code /surveys/{survey}/form}: the survey as a respondent reads it, in their language
 * ({@code Accept-Language} among the survey's, else its first), if its access admits them now
 * (invitation {@code token} in the query, a visitor's key in {@value Caller#BROWSER_KEY}), with
 * whether they already answered.
 */
@Component(service = FormResource.class)
@Produces(MediaType.APPLICATION_JSON)
public class FormResource {

    @Reference
    private Surveys surveys;

    @Reference
    private Responses responses;

    @GET
    @PermitAll
    public Response form(@PathParam("survey") long id, @QueryParam("token") String token,
            @Context Request request, @Context SecurityContext security, @Context HttpHeaders headers) {
        Caller caller = Caller.of(security, headers);
        Respondent respondent = caller.respondent(token, headers);
        StoredSurvey survey = surveys.requireOpen(id, respondent).survey();
        String language = caller.language(survey.definition());
        boolean answered = responses.answered(id, respondent);
        return Versions.read(request, Versions.tagOf(survey.version() + ":" + language + ":" + answered),
                () -> FormView.of(survey, language, answered));
    }
}
