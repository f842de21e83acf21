package org.symbiose.web.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.MalformedURLException;
import java.util.Locale;

/**
 * Addresses people type: {@code /login}, {@code /register}, {@code /search}, {@code /admin/plugins}
 * lead to the site's page of that name ({@code /login.xhtml}, …). Only paths without an extension
 * that name an existing page are redirected; everything else goes on, and may end as a 404 page.
 */
public class PagePaths extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String page = pageOf(request);
        if (page == null) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        response.sendRedirect(request.getContextPath() + page + (query == null ? "" : "?" + query));
    }

    /** The page a path stands for, or null when it is no page's short name. */
    private String pageOf(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return null;
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String upper = path.toUpperCase(Locale.ROOT);
        if (path.length() < 2 || path.endsWith("/") || path.lastIndexOf('.') > path.lastIndexOf('/')
                || upper.startsWith("/API/") || upper.startsWith("/WEB-INF") || upper.startsWith("/META-INF")) {
            return null;
        }
        try {
            return getServletContext().getResource(path + ".xhtml") == null ? null : path + ".xhtml";
        } catch (MalformedURLException notAPath) {
            return null;
        }
    }
}
