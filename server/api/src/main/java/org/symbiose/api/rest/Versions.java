package org.symbiose.api.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * Versions as HTTP validators: the {@code ETag} of what an endpoint reads, and the version an
 * update claims to change. An item's {@code ETag} is its version, {@code "7"}, so a client sends
 * back what it read as {@code If-Match} (or as a {@code version} field of the body).
 */
public final class Versions {

    private Versions() {
    }

    /** The strong entity tag of a version. */
    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * A read whose validator is a version: 304 with no body when the caller's
     * {@code If-None-Match} names it, else 200 with the entity from {@code entity}, built only
     * then. Either way the answer carries the {@code ETag}.
     */
    public static Response read(Request request, long version, Supplier<?> entity) {
        EntityTag tag = tag(version);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return (notModified != null ? notModified : Response.ok(entity.get())).tag(tag).build();
    }

    /**
     * The version the client read: its {@code If-Match} header, else the body's {@code version}.
     *
     * @throws ProblemException {@link ProblemType#PRECONDITION_REQUIRED} (428) when it names
     *         neither, since the update would overwrite blindly; {@link ProblemType#BAD_REQUEST}
     *         for an {@code If-Match} this API never sent
     */
    public static long expected(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            try {
                return Long.parseLong(tag);
            } catch (NumberFormatException e) {
                throw new ProblemException(ProblemType.BAD_REQUEST,
                        "If-Match must be an ETag this API returned: " + ifMatch);
            }
        }
        if (bodyVersion == null) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "version",
                    "Send If-Match with the ETag you read, or the version field");
        }
        return bodyVersion;
    }
}
