package org.symbiose.api.rest;

/**
 * The platform's kinds of error. Every error the API answers, the core's and plugins' alike, is
 * an RFC 9457 problem whose {@code type} is one of these {@link #uri()}s: clients switch on it,
 * the title is for people. A plugin answers one by throwing a {@link ProblemException}.
 */
public enum ProblemType {
    /** Invalid values; the problem names the fields at fault. */
    VALIDATION("validation", "The request has invalid values", 400),
    /** A body that is not JSON of the expected shape. */
    MALFORMED_BODY("malformed-body", "The request body is not valid JSON of the expected shape", 400),
    /** A request that cannot be understood otherwise, such as a malformed header. */
    BAD_REQUEST("bad-request", "The request is not understood", 400),
    /** A search query that cannot be understood. */
    BAD_QUERY("bad-query", "The search cannot be understood", 400),
    /** Signing in is required. */
    UNAUTHORIZED("unauthorized", "Authentication is required", 401),
    /** The caller may not do this. */
    FORBIDDEN("forbidden", "You may not do this", 403),
    /** The caller is silenced, suspended or deleted: they may read but not write. */
    ACCOUNT_SILENCED("account-silenced", "Your account cannot post at the moment", 403),
    /** No such resource, or none the caller may read. */
    NOT_FOUND("not-found", "No such resource", 404),
    /** The method is not offered at this path. */
    METHOD_NOT_ALLOWED("method-not-allowed", "This method is not allowed here", 405),
    /** No representation the caller accepts. */
    NOT_ACCEPTABLE("not-acceptable", "No acceptable representation", 406),
    /** The request conflicts with the current state. */
    CONFLICT("conflict", "The request conflicts with the current state", 409),
    /** The version the caller named is not the current one: read again. */
    STALE_VERSION("stale-version", "The resource changed since you read it", 409),
    /** The body is too large. */
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large", 413),
    /** The body's content type is not one this operation takes. */
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "The request body's content type is not supported", 415),
    /** The request refers to something it may not use. */
    UNPROCESSABLE("unprocessable", "The request refers to something it may not use", 422),
    /** The request goes past a limit of the caller's account (links, images). */
    LIMIT_EXCEEDED("limit-exceeded", "The request goes past a limit of your account", 422),
    /** An update that does not say which version it changes. */
    PRECONDITION_REQUIRED("precondition-required", "Say which version you are changing", 428),
    /** Too many attempts. */
    TOO_MANY_REQUESTS("too-many-requests", "Too many attempts; wait before trying again", 429),
    /** A failure on the server's side. */
    INTERNAL("internal", "Something went wrong on our side", 500),
    /** The server is not ready. */
    UNAVAILABLE("unavailable", "Symbiose is not ready", 503);

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    /** The problem's {@code type}, {@code urn:symbiose:problem:<slug>}. */
    public String uri() {
        return "urn:symbiose:problem:" + slug;
    }

    /** The kind, in English, for people. */
    public String title() {
        return title;
    }

    /** The HTTP status it is answered with. */
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
}
