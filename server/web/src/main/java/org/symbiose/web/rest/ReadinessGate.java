package org.symbiose.web.rest;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.core.platform.Readiness;
import org.symbiose.web.rest.problem.Problem;

/**
 * Refuses every request but {@code /api/v1/health} with 503 problem+json while Symbiose is not ready
 * (the schema still migrating in the background, or a failed start), the detail saying why: pages,
 * the API and plugins would otherwise meet a schema half migrated and services not started. Mapped
 * in web.xml right after the headers every answer carries.
 */
public class ReadinessGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String HEALTH = "/api/v1/health";
    /** Seconds a client should wait before trying again: a long migration takes minutes. */
    private static final String RETRY_AFTER = "5";

    @Inject
    private transient Readiness readiness;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String problem = readiness.problem();
        if (problem == null || request.getRequestURI().equals(request.getContextPath() + HEALTH)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Problem.of(ProblemType.UNAVAILABLE, problem).toJson());
    }
}
