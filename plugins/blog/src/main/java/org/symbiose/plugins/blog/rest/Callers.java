package org.symbiose.plugins.blog.rest;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;

/** Who calls: the principal's name is the member id; no principal is a visitor. */
public final class Callers {

    private Callers() {
    }

    /** The caller's member id, or null for a visitor. */
    public static Long viewer(SecurityContext security) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        return principal == null ? null : Long.valueOf(principal.getName());
    }

    /** The caller's member id; 401 for a visitor. */
    public static long member(SecurityContext security) {
        Long id = viewer(security);
        if (id == null) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "Sign in first");
        }
        return id;
    }
}
