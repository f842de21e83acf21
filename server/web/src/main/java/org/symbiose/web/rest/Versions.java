package org.symbiose.web.rest;

import jakarta.ws.rs.core.EntityTag;
import org.symbiose.web.rest.problem.ClientError;
import org.symbiose.web.rest.problem.ProblemType;

/** ETags and the version an update claims to change, from {@code If-Match} or the body. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version the client read: its {@code If-Match} header, else the body's {@code version}.
     * An update that names neither is refused (428), since it would overwrite blindly.
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
                throw new ClientError(ProblemType.BAD_REQUEST, "If-Match must be an ETag this API returned: " + ifMatch);
            }
        }
        if (bodyVersion == null) {
            throw new ClientError(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag you read, or the version field");
        }
        return bodyVersion;
    }
}
