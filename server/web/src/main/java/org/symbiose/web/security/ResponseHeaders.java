package org.symbiose.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every answer of the application carries: no other site may frame it (both the CSP
 * {@code frame-ancestors} directive and the older {@code X-Frame-Options}), plugins and
 * objects cannot change where forms and relative links go, and nothing names the server or its
 * version. Faces pages add their script policy with a fresh nonce per page (PrimeFaces'
 * {@code primefaces.CSP} mode, see web.xml); a browser enforces both policies. Mapped first in
 * web.xml, so that redirects and error pages carry these headers too.
 */
public class ResponseHeaders extends HttpFilter {

    /** What every answer allows; the page's own script policy comes on top. */
    public static final String POLICY = "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!response.containsHeader("Content-Security-Policy")) {
            response.addHeader("Content-Security-Policy", POLICY);
        }
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        // Payara adds both before the application runs; an empty Server header makes Grizzly keep
        // its own name out, an empty X-Powered-By replaces the container's version string
        response.setHeader("Server", "");
        response.setHeader("X-Powered-By", "");
        chain.doFilter(request, response);
    }
}
