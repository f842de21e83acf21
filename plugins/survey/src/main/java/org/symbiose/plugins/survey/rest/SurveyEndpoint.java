package org.symbiose.plugins.survey.rest;

import jakarta.ws.rs.Path;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.spi.rest.RestEndpoint;

/**
 * Surveys over REST, under {@code /api/v1/survey/}. The core serves one endpoint per plugin, so
 * this one only routes each concern to its own class: the surveys as managers build them (with
 * invitations and exports), the form respondents read, responses and saved drafts, results.
 * Errors are problem+json; a survey carries its item's version as ETag.
 */
@Component(service = RestEndpoint.class)
public class SurveyEndpoint implements RestEndpoint {

    static final String SURVEY = "{survey: [0-9]+}";

    @Reference
    private SurveyResource surveys;

    @Reference
    private FormResource form;

    @Reference
    private ResponseResource responses;

    @Reference
    private ResultResource results;

    @Path("surveys")
    public SurveyResource surveys() {
        return surveys;
    }

    @Path("surveys/" + SURVEY + "/form")
    public FormResource form() {
        return form;
    }

    @Path("surveys/" + SURVEY + "/responses")
    public ResponseResource responses() {
        return responses;
    }

    @Path("surveys/" + SURVEY + "/results")
    public ResultResource results() {
        return results;
    }
}
