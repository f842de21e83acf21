package org.symbiose.web.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.web.rest.problem.Problem;

/**
 * Gives every successful {@code GET} of the API, the core's and plugins' alike, a validator, and
 * answers 304 with no body to an {@code If-None-Match} that names it, so that no endpoint has to
 * remember to. An endpoint that set its own {@code ETag} (a version, through
 * {@link org.symbiose.api.rest.Versions#read}) keeps it; otherwise the answer is serialized here,
 * once, and its tag is a hash of those very bytes, which are then sent as they are.
 *
 * <p>Streamed answers (downloads, exports) are left alone: they are not held in memory to be hashed.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class ConditionalGets implements ContainerResponseFilter {

    /** The detail of a 400 for an {@code If-None-Match} that is not a list of entity tags. */
    public static final String UNREADABLE = "If-None-Match must be * or entity tags such as \"abc\": ";

    private static final Pattern ENTITY_TAGS =
            Pattern.compile("\\s*(\\*|(W/)?\"[^\"]*\"(\\s*,\\s*(W/)?\"[^\"]*\")*)\\s*");

    @Context
    private Providers providers;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200 || !response.hasEntity()) {
            return;
        }
        EntityTag tag = response.getEntityTag();
        if (tag == null) {
            byte[] bytes = serialized(response);
            if (bytes == null) {
                return;
            }
            tag = new EntityTag(digest(bytes));
            response.setEntity(bytes, response.getEntityAnnotations(), response.getMediaType());
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        }
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && !ifNoneMatch.isBlank() && !wellFormed(ifNoneMatch)) {
            response.setStatus(ProblemType.BAD_REQUEST.status());
            response.setEntity(Problem.of(ProblemType.BAD_REQUEST, UNREADABLE + ifNoneMatch), response.getEntityAnnotations(),
                    Problem.MEDIA);
            return;
        }
        if (matches(ifNoneMatch, tag.getValue())) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
        }
    }

    /** {@code *}, or entity tags separated by commas, as RFC 9110 writes {@code If-None-Match}. */
    static boolean wellFormed(String ifNoneMatch) {
        return ENTITY_TAGS.matcher(ifNoneMatch).matches();
    }

    /** The answer's bytes as its writer would send them, or null for a streamed answer. */
    private byte[] serialized(ContainerResponseContext response) throws IOException {
        Object entity = response.getEntity();
        MediaType type = response.getMediaType();
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (type == null || entity instanceof StreamingOutput || entity instanceof InputStream
                || entity instanceof File || entity instanceof java.nio.file.Path) {
            return null;
        }
        @SuppressWarnings("unchecked")
        MessageBodyWriter<Object> writer = (MessageBodyWriter<Object>) providers.getMessageBodyWriter(
                response.getEntityClass(), response.getEntityType(), response.getEntityAnnotations(), type);
        if (writer == null) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(entity, response.getEntityClass(), response.getEntityType(), response.getEntityAnnotations(),
                type, response.getHeaders(), out);
        return out.toByteArray();
    }

    /** 128 bits of the bytes' SHA-256, base64url: enough that two different answers never share a tag. */
    static String digest(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * Whether {@code If-None-Match} names the tag of opaque value {@code tag}: {@code *}, or one of its comma-separated tags,
     * compared weakly as RFC 9110 says for this header ({@code W/"x"} matches {@code "x"}).
     */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.strip();
            if (value.equals("*")) {
                return true;
            }
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals("\"" + tag + "\"")) {
                return true;
            }
        }
        return false;
    }
}
