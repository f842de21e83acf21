package org.symbiose.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * What lets a page's own script call the REST API as the signed-in member: a random token kept in
 * the session, written into the page ({@code #{pageSessionToken.value}}) and sent back in the
 * {@value #HEADER} header. The API honours the session cookie only with it. Another site can make
 * the browser send the cookie, but can neither read the token nor set a custom header on a
 * cross-origin request (no CORS is offered), so this is no way around the API's CSRF safety.
 */
@Named
@RequestScoped
public class PageSessionToken {

    /** The request header that carries the token. */
    public static final String HEADER = "X-Symbiose-Session-Token";

    private static final String ATTRIBUTE = "symbiose.page-session-token";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private HttpServletRequest request;

    /** The token of the signed-in member's session, made at first use; empty for a visitor. */
    public String getValue() {
        if (request.getAttribute(Caller.ATTRIBUTE) == null) {
            return "";
        }
        HttpSession session = request.getSession();
        synchronized (session) {
            String token = (String) session.getAttribute(ATTRIBUTE);
            if (token == null) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = HexFormat.of().formatHex(bytes);
                session.setAttribute(ATTRIBUTE, token);
            }
            return token;
        }
    }

    /** Whether {@code presented} is the token of {@code session} (compared in constant time). */
    static boolean matches(HttpSession session, String presented) {
        Object token = session == null ? null : session.getAttribute(ATTRIBUTE);
        return token instanceof String expected && presented != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }
}
