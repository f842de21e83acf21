package org.symbiose.web.rest.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;

/**
 * An RFC 9457 problem detail: every error the API answers is one of these.
 *
 * @param type   the stable kind, one of {@link ProblemType}'s URIs
 * @param title  the kind, for people
 * @param status the HTTP status
 * @param detail what went wrong this time
 * @param errors the fields at fault, for validation problems
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    private static final Jsonb JSON = JsonbBuilder.create();

    /**
     * One invalid field.
     *
     * @param field   the field's name in the request (a dotted path for nested values)
     * @param code    why, as a stable key clients switch on, or null (then left out of the JSON)
     * @param message why it is invalid
     */
    public record FieldError(String field, String code, String message) {

        /** An invalid field without a code: the message says all. */
        public FieldError(String field, String message) {
            this(field, null, message);
        }
    }

    /** A problem of {@code type}, {@code detail} saying what went wrong this time. */
    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null);
    }

    /** The problem a plugin or a resource decided by throwing. */
    public static Problem of(ProblemException refusal) {
        Problem problem = of(refusal.type(), refusal.getMessage());
        return refusal.errors().isEmpty() ? problem
                : problem.withErrors(refusal.errors().stream()
                        .map(e -> new FieldError(e.field(), e.code(), e.message())).toList());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, List.copyOf(fieldErrors));
    }

    public Response response() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }

    /** The JSON text, for the few places that answer outside JAX-RS (authentication). */
    public String toJson() {
        return JSON.toJson(this);
    }
}
