package org.symbiose.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** Who is making the current request, if anyone signed in. */
@RequestScoped
public class CurrentMember {

    @Inject
    private HttpServletRequest request;

    public Optional<Caller> caller() {
        return Optional.ofNullable((Caller) request.getAttribute(Caller.ATTRIBUTE));
    }

    public boolean signedIn() {
        return caller().isPresent();
    }
}
