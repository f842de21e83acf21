package org.symbiose.web.rest.problem;

import jakarta.ws.rs.core.Response;

/**
 * The kinds of error the REST API answers with. Their {@link #uri()} is the stable RFC 9457
 * {@code type} clients switch on; the title is for people.
 */
public enum ProblemType {
    VALIDATION("validation", "The request has invalid values", 400),
    MALFORMED_BODY("malformed-body", "The request body is not valid JSON of the expected shape", 400),
    BAD_REQUEST("bad-request", "The request is not understood", 400),
    BAD_QUERY("bad-query", "The search cannot be understood", 400),
    UNAUTHORIZED("unauthorized", "Authentication is required", 401),
    FORBIDDEN("forbidden", "You may not do this", 403),
    ACCOUNT_SILENCED("account-silenced", "Your account cannot post at the moment", 403),
    NOT_FOUND("not-found", "No such resource", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "This method is not allowed here", 405),
    NOT_ACCEPTABLE("not-acceptable", "No acceptable representation", 406),
    CONFLICT("conflict", "The request conflicts with the current state", 409),
    STALE_VERSION("stale-version", "The resource changed since you read it", 409),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "The request body's content type is not supported", 415),
    UNPROCESSABLE("unprocessable", "The request refers to something it may not use", 422),
    LIMIT_EXCEEDED("limit-exceeded", "The request goes past a limit of your account", 422),
    PRECONDITION_REQUIRED("precondition-required", "Say which version you are changing", 428),
    TOO_MANY_REQUESTS("too-many-requests", "Too many attempts; wait before trying again", 429),
    INTERNAL("internal", "Something went wrong on our side", 500),
    UNAVAILABLE("unavailable", "Symbiose is not ready", 503);

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return "urn:symbiose:problem:" + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** The problem type a bare HTTP status stands for, when nothing more specific is known. */
    public static ProblemType ofStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }

    public Problem problem(String detail) {
        return new Problem(uri(), title, status, detail, null);
    }

    public Response response(String detail) {
        return problem(detail).response();
    }
}
