package org.symbiose.plugins.survey.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.plugins.survey.response.Responses;
import org.symbiose.plugins.survey.result.SurveyResults;
import org.symbiose.plugins.survey.survey.StoredSurvey;
import org.symbiose.plugins.survey.survey.Surveys;

/**
 * {@code /surveys/{survey}/results}: the kept counters as chart data (shares, NPS, means, matrix
 * tables, mean ranks), titles in the caller's language; managers only.
 */
@Component(service = ResultResource.class)
@Produces(MediaType.APPLICATION_JSON)
public class ResultResource {

    @Reference
    private Surveys surveys;

    @Reference
    private Responses responses;

    @GET
    @RolesAllowed("member")
    public SurveyResults results(@PathParam("survey") long id, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        Caller caller = Caller.of(security, headers);
        StoredSurvey survey = surveys.requireManaged(id, caller.member());
        return SurveyResults.of(survey.definition(), responses.tally(survey), caller.language(survey.definition()));
    }
}
