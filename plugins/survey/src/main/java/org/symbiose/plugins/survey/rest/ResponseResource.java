package org.symbiose.plugins.survey.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.survey.response.ResponseInput;
import org.symbiose.plugins.survey.response.Responses;
import org.symbiose.plugins.survey.response.Submission;
import org.symbiose.plugins.survey.survey.Respondent;

/**
 * {@code /surveys/{survey}/responses}: a respondent sends their whole response (201), or saves
 * their answers so far to resume ({@code draft}). Who they are is as for the form: the signed-in
 * member, the invitation {@code token}, a visitor's {@value Caller#BROWSER_KEY}.
 */
@Component(service = ResponseResource.class)
@Produces(MediaType.APPLICATION_JSON)
public class ResponseResource {

    @Reference
    private Responses responses;

    /** 201 with the response's id; 422 listing every problem, 409 when it cannot be taken. */
    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("survey") long id, @QueryParam("token") String token, ResponseInput input,
            @Context SecurityContext security, @Context HttpHeaders headers) {
        Caller caller = Caller.of(security, headers);
        ResponseInput sent = required(input);
        Submission taken = responses.submit(id, caller.respondent(token, headers), sent.language, sent.answers,
                caller.locale());
        return Response.created(URI.create("/api/v1/survey/surveys/" + id + "/responses/" + taken.id()))
                .entity(taken).build();
    }

    /** The answers saved so far: {@code {saved, language, answers}}; 404 when none. */
    @GET
    @Path("draft")
    @PermitAll
    public Map<String, Object> draft(@PathParam("survey") long id, @QueryParam("token") String token,
            @Context SecurityContext security, @Context HttpHeaders headers) {
        Respondent respondent = Caller.of(security, headers).respondent(token, headers);
        return responses.draft(id, respondent)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No answers saved"));
    }

    /** Saves the answers so far, replacing those saved before. */
    @PUT
    @Path("draft")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> saveDraft(@PathParam("survey") long id, @QueryParam("token") String token,
            ResponseInput input, @Context SecurityContext security, @Context HttpHeaders headers) {
        Caller caller = Caller.of(security, headers);
        ResponseInput sent = required(input);
        return responses.saveDraft(id, caller.respondent(token, headers), sent.language, sent.answers,
                caller.locale());
    }

    private static ResponseInput required(ResponseInput input) {
        if (input == null || input.answers == null) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "answers",
                    "Send {\"language\": …, \"answers\": {question: value}}");
        }
        return input;
    }
}
