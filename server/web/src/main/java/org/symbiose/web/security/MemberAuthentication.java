package org.symbiose.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.symbiose.api.member.Role;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.core.member.ApiTokens;
import org.symbiose.core.member.LoginThrottle;
import org.symbiose.core.member.Member;
import org.symbiose.core.member.Members;
import org.symbiose.core.member.MemberStanding;
import org.symbiose.core.member.SignIn;
import org.symbiose.core.member.Standings;
import org.symbiose.core.moderation.Visits;
import org.symbiose.web.rest.problem.Problem;

/**
 * Who is calling, for every request.
 *
 * <ul>
 * <li>The REST API ({@code /api/}) is stateless: HTTP Basic or a personal API token
 * ({@code Authorization: Bearer sym_…}). It ignores the session cookie, so a page on another site
 * cannot make a signed-in browser call it: no CSRF on the API. The one exception is the site's own
 * pages' scripts, which send the session's {@link PageSessionToken} with the cookie.</li>
 * <li>The site signs in through its login form ({@code SecurityContext.authenticate}) and keeps
 * the member id in the HTTP session.</li>
 * </ul>
 * A request with no credentials goes on anonymously; each endpoint decides whether that is enough.
 */
@ApplicationScoped
public class MemberAuthentication implements HttpAuthenticationMechanism {

    /** Where the login form finds why a sign-in was refused. */
    public static final String REFUSAL = "symbiose.login.refusal";
    private static final String SESSION_MEMBER = "symbiose.member";
    /** Each role's groups, worked out once: every signed-in request needs its caller's. */
    private static final Map<Role, Set<String>> GROUPS = Arrays.stream(Role.values()).collect(Collectors.toMap(
            role -> role, role -> Arrays.stream(Role.values()).filter(role::includes).map(Role::group)
                    .collect(Collectors.toUnmodifiableSet()), (a, b) -> a, () -> new EnumMap<>(Role.class)));

    @Inject
    private Members members;

    @Inject
    private Standings standings;

    @Inject
    private ApiTokens tokens;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private Visits visits;

    @Inject
    private Clock clock;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential form) {
            return signInToSite(request, context, form);
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return authenticateApiCall(request, response, context);
        }
        return resumeSession(request, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_MEMBER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus signInToSite(HttpServletRequest request, HttpMessageContext context,
            UsernamePasswordCredential form) {
        LoginThrottle.Admission admission = throttle.admit(form.getCaller(), request.getRemoteAddr());
        if (admission.refused()) {
            request.setAttribute(REFUSAL, SignInRefusal.throttled(minutes(admission.retryAfter().get())));
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignIn outcome = members.signIn(form.getCaller(), form.getPasswordAsString());
        if (!outcome.accepted()) {
            // already counted as a failure by admit
            request.setAttribute(REFUSAL, SignInRefusal.of(outcome));
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(admission);
        // A new session id at sign-in defeats session fixation.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SESSION_MEMBER, outcome.member().getId());
        return admit(request, context, caller(outcome.member()));
    }

    private AuthenticationStatus resumeSession(HttpServletRequest request, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        Long id = session == null ? null : (Long) session.getAttribute(SESSION_MEMBER);
        if (id == null) {
            return context.doNothing();
        }
        Optional<MemberStanding> member = standings.of(id).filter(m -> m.mayEnterAt(clock.instant()));
        if (member.isEmpty()) {
            // Suspended or deleted since signing in: the session ends now.
            session.invalidate();
            return context.doNothing();
        }
        return admit(request, context, caller(member.get()));
    }

    private AuthenticationStatus authenticateApiCall(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        String pageToken = request.getHeader(PageSessionToken.HEADER);
        if ((header == null || header.isBlank()) && pageToken != null) {
            return PageSessionToken.matches(request.getSession(false), pageToken) ? resumeSession(request, context)
                    : refuse(response, ProblemType.UNAUTHORIZED, "The page's session token is not valid; reload the page");
        }
        if (header == null || header.isBlank()) {
            return context.doNothing();
        }
        int space = header.indexOf(' ');
        String scheme = space < 0 ? header : header.substring(0, space);
        String value = space < 0 ? "" : header.substring(space + 1).strip();
        if (scheme.equalsIgnoreCase("Bearer")) {
            Optional<MemberStanding> member = tokens.memberOf(value).flatMap(standings::of)
                    .filter(m -> m.mayEnterAt(clock.instant()));
            return member.map(m -> admit(request, context, caller(m)))
                    .orElseGet(() -> refuse(response, ProblemType.UNAUTHORIZED, "Unknown or revoked API token"));
        }
        if (scheme.equalsIgnoreCase("Basic")) {
            return basic(request, response, context, value);
        }
        return refuse(response, ProblemType.UNAUTHORIZED, "Use HTTP Basic or Bearer with a personal API token");
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return refuse(response, ProblemType.UNAUTHORIZED, "The Basic credentials are not valid Base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return refuse(response, ProblemType.UNAUTHORIZED, "The Basic credentials need an e-mail and a password");
        }
        String email = decoded.substring(0, colon);
        LoginThrottle.Admission admission = throttle.admit(email, request.getRemoteAddr());
        if (admission.refused()) {
            Duration wait = admission.retryAfter().get();
            response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
            return refuse(response, ProblemType.TOO_MANY_REQUESTS,
                    "Too many failed sign-ins for this account or from this address; try again in " + minutes(wait) + " min");
        }
        SignIn outcome = members.signIn(email, decoded.substring(colon + 1));
        if (!outcome.accepted()) {
            // already counted as a failure by admit
            return refuse(response, ProblemType.UNAUTHORIZED, outcome.refusal());
        }
        throttle.succeeded(admission);
        return admit(request, context, caller(outcome.member()));
    }

    private Caller caller(Member member) {
        return new Caller(member.getId(), member.getRole(), member.canPostAt(clock.instant()));
    }

    private Caller caller(MemberStanding member) {
        return new Caller(member.id(), member.role(), member.canPostAt(clock.instant()));
    }

    private AuthenticationStatus admit(HttpServletRequest request, HttpMessageContext context, Caller caller) {
        request.setAttribute(Caller.ATTRIBUTE, caller);
        visits.visited(caller.id());
        return context.notifyContainerAboutLogin(Long.toString(caller.id()), groupsOf(caller.role()));
    }

    /** A role's groups include every lower role's, so {@code @RolesAllowed("member")} admits a moderator. */
    static Set<String> groupsOf(Role role) {
        return GROUPS.get(role);
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, ProblemType type, String detail) {
        response.setStatus(type.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        if (type == ProblemType.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Symbiose\", Bearer realm=\"Symbiose\"");
        }
        try {
            response.getWriter().write(Problem.of(type, detail).toJson());
            response.flushBuffer();
        } catch (IOException e) {
            // The client went away; there is nobody left to tell.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
