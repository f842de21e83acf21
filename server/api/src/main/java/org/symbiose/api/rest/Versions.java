package org.symbiose.api.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
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
        return read(request, tag(version), entity);
    }

    /**
     * A weak entity tag of {@code state}, for an answer with incidental parts that change on every
     * read (a view counter, the viewer's last visit): give what matters, with those parts left
     * out, as a value whose {@code toString()} shows all of it, such as a record. Two answers with
     * equal states are the same for the client, so {@code If-None-Match} gets 304.
     */
    public static EntityTag tagOf(Object state) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(state).getBytes(StandardCharsets.UTF_8));
            return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16)), true);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * A read with its own validator: 304 with no body when the caller's {@code If-None-Match}
     * names {@code tag}, else 200 with the entity from {@code entity}; either way with the tag.
     */
    public static Response read(Request request, EntityTag tag, Supplier<?> entity) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return (notModified != null ? notModified : Response.ok(entity.get())).tag(tag).build();
    }

    /**
     * A read with its own validator and a date of last change, for answers that clients poll with
     * either (feed readers send {@code If-Modified-Since} as often as {@code If-None-Match}): 304
     * with no body when the caller's {@code If-None-Match} names {@code tag}, or, without that
     * header, when {@code If-Modified-Since} is not older than {@code lastModified}; else 200 with
     * the entity from {@code entity}. Either way with the tag and {@code Last-Modified}, which HTTP
     * gives to the second: {@code lastModified} is truncated to it.
     *
     * @since 1.1
     */
    public static Response read(Request request, EntityTag tag, Instant lastModified, Supplier<?> entity) {
        Date modified = Date.from(lastModified.truncatedTo(ChronoUnit.SECONDS));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(modified, tag);
        return (notModified != null ? notModified : Response.ok(entity.get())).tag(tag).lastModified(modified).build();
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
