package org.symbiose.web.site.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.web.rest.problem.Problem;

/**
 * Every error the container answers for this application (web.xml's default error page): a
 * missing page, a refused one, an exception that left a page or a filter. The REST API gets
 * problem+json, the site its own page in the theme and the visitor's language; neither shows a
 * stack trace nor names the server.
 */
@WebServlet(name = "ErrorPages", urlPatterns = ErrorPages.PATH)
public class ErrorPages extends HttpServlet {

    /** Where web.xml sends errors. */
    public static final String PATH = "/error-page";
    /** The status the themed page explains, for {@code error.xhtml}. */
    public static final String STATUS = "symbiose.error.status";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorPages.class.getName());
    private static final String VIEW = "/error.xhtml";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Integer code = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        // visited directly, not as an error dispatch: there is no page here
        int status = code == null ? HttpServletResponse.SC_NOT_FOUND : code;
        if (uri == null) {
            uri = request.getRequestURI();
        }
        String detail = ProblemType.ofStatus(status).title();
        Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (missingView(thrown)) {
            // a form sent to a page that does not exist: Faces looks for the view and fails
            status = HttpServletResponse.SC_NOT_FOUND;
            detail = ProblemType.NOT_FOUND.title();
        } else if (thrown instanceof Throwable failure) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Incident " + incident + " on " + uri, failure);
            detail = "Unexpected error; incident " + incident;
        }
        if (response.isCommitted()) {
            // part of the answer already left: nothing can replace it
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            problem(response, status, detail);
        } else {
            page(request, response, status);
        }
    }

    private static boolean missingView(Object thrown) {
        for (Throwable cause = thrown instanceof Throwable t ? t : null; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileNotFoundException) {
                return true;
            }
        }
        return false;
    }

    private static void problem(HttpServletResponse response, int status, String detail) throws IOException {
        ProblemType type = ProblemType.ofStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(new Problem(type.uri(), type.title(), status, detail, null).toJson());
    }

    private void page(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        request.setAttribute(STATUS, status);
        try {
            getServletContext().getRequestDispatcher(VIEW).forward(new PlainGet(request), response);
        } catch (ServletException | RuntimeException failed) {
            // the themed page itself failed: a bare page, still without the server's name or a trace
            LOG.log(Level.SEVERE, "The error page failed for " + status, failed);
            response.resetBuffer();
            response.setStatus(status);
            response.setContentType("text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<!DOCTYPE html><html><head><title>" + status
                    + " · Symbiose</title></head><body><h1>" + status + "</h1><p><a href=\""
                    + request.getContextPath() + "/\">Symbiose</a></p></body></html>");
        }
    }
}
