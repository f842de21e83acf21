package org.symbiose.web.site;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.symbiose.core.cache.RenderedPages;
import org.symbiose.core.plugin.PluginHost;
import org.symbiose.spi.site.PageRequest;
import org.symbiose.web.security.ResponseHeaders;

/**
 * Plugin pages shown to visitors who are not signed in, rendered once and shown again to the next
 * ones from {@link RenderedPages} until something changes: a topic page costs a lookup and a copy
 * instead of a model and a Faces rendering. Only a {@code GET} of a plugin page ({@code /p/…})
 * with no cookie and no credentials is offered, so a member, or a visitor with a session (who
 * picked a language, who has a flash message), always gets their own page; only pages whose
 * models say they are the same for every such visitor are kept, rendered stateless
 * ({@link org.symbiose.web.site.plugin.PluginPage#isShared()}), and only when no form on them
 * names a view kept in a session. A kept page is keyed by its address and language, carries a
 * strong {@code ETag} and answers a matching {@code If-None-Match} with 304; its model still
 * hears of each showing (a view counted).
 */
public class SharedPages extends HttpFilter {

    /** The request attribute that marks a request whose page may be kept. */
    public static final String OFFERED = "symbiose.shared-page.offered";

    /** The request attribute naming the shared model a page shows ({@link Model}). */
    public static final String MODEL = "symbiose.shared-page.model";

    /** The request attribute naming the item a shared page is about, when its model says (a {@code Long}). */
    public static final String ITEM = "symbiose.shared-page.item";

    private static final long serialVersionUID = 1L;

    /** A view state naming a view kept in the session: the page must not be shown to another visitor. */
    private static final Pattern STATEFUL = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"(?!stateless\")");

    /** Headers of the answer that are the same for every showing; the rest (cookies, dates) are not kept. */
    private static final Set<String> KEPT = Set.of("content-type", "content-language", "content-security-policy",
            "cache-control", "pragma", "expires");

    @Inject
    private RenderedPages pages;

    @Inject
    private PluginHost host;

    /**
     * A plugin's model.
     *
     * @param plugin the plugin's id
     * @param name   the model's name
     */
    public record Model(String plugin, String name) {
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!offered(request)) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(OFFERED, Boolean.TRUE);
        String language = LanguageChoice.preferred(request.getHeader("Accept-Language"));
        String address = request.getRequestURI() + "?" + request.getQueryString();
        // the host too: a page may show its own absolute address (Open Graph), which no other host's visitor may get
        String key = request.getServerName() + ":" + request.getServerPort() + address + "|" + language;
        Long item = itemOf(request, address);
        Capture capture = new Capture(response);
        RenderedPages.RenderedPage page;
        try {
            page = pages.get(key, item, ignored -> render(request, capture, chain, address, item));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (Rendering e) {
            throw e.getCause();
        }
        if (!capture.used) {
            show(page, request, response, language);
        } else {
            capture.finish(page);
        }
    }

    /** The item the page is about: its address's {@code id}, when it is one, else what its model said last time. */
    private Long itemOf(HttpServletRequest request, String address) {
        String id = request.getParameter("id");
        return id != null && id.matches("[0-9]{1,18}") ? Long.valueOf(id) : pages.itemAt(address);
    }

    private static boolean offered(HttpServletRequest request) {
        String path = request.getServletPath();
        return "GET".equals(request.getMethod()) && path != null && path.startsWith("/p/") && path.endsWith(".xhtml")
                && request.getHeader("Cookie") == null && request.getHeader("Authorization") == null;
    }

    /** Renders the page into {@code capture}; the page to keep, or null when it is not one. */
    private RenderedPages.RenderedPage render(HttpServletRequest request, Capture capture, FilterChain chain,
            String address, Long item) {
        capture.used = true;
        try {
            chain.doFilter(request, capture);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ServletException e) {
            throw new Rendering(e);
        }
        capture.flushWriter();
        Object model = request.getAttribute(MODEL);
        if (!(model instanceof Model shown) || capture.getStatus() != HttpServletResponse.SC_OK || capture.diverted) {
            return null;
        }
        if (item == null && request.getAttribute(ITEM) instanceof Long about) {
            // kept from the next rendering on, under the item's generation
            pages.locate(address, about);
            return null;
        }
        byte[] body = capture.body.toByteArray();
        Charset charset = Charset.forName(capture.getCharacterEncoding(), StandardCharsets.UTF_8);
        if (STATEFUL.matcher(new String(body, charset)).find()) {
            return null;
        }
        List<RenderedPages.Header> headers = new ArrayList<>();
        for (String name : capture.getHeaderNames()) {
            if (KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : capture.getHeaders(name)) {
                    // the site's own policy is added to every answer before this filter
                    if (!ResponseHeaders.POLICY.equals(value)) {
                        headers.add(new RenderedPages.Header(name, value));
                    }
                }
            }
        }
        return new RenderedPages.RenderedPage(headers, gzip(body), tag(body), shown.plugin(), shown.name());
    }

    /** Shows a kept page, or 304 when the client has it; its model hears of it either way. */
    private void show(RenderedPages.RenderedPage page, HttpServletRequest request, HttpServletResponse response,
            String language) throws IOException {
        host.contributions().pageModel(page.plugin(), page.model()).ifPresent(model -> {
            try {
                model.shown(new PageRequest(parameters(request), null, false, Locale.forLanguageTag(language)));
            } catch (RuntimeException e) {
                host.failed(page.plugin(), "its page model " + page.model() + " failed on a kept page: " + e);
            }
        });
        for (RenderedPages.Header header : page.headers()) {
            if ("content-security-policy".equalsIgnoreCase(header.name())) {
                response.addHeader(header.name(), header.value());
            } else {
                response.setHeader(header.name(), header.value());
            }
        }
        response.setHeader("ETag", page.tag());
        response.addHeader("Vary", "Accept-Encoding");
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(page.tag()) || ifNoneMatch.strip().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String encodings = request.getHeader("Accept-Encoding");
        byte[] body;
        if (encodings != null && encodings.toLowerCase(Locale.ROOT).contains("gzip")) {
            response.setHeader("Content-Encoding", "gzip");
            body = page.gzipped();
        } else {
            body = gunzip(page.gzipped());
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static Map<String, List<String>> parameters(HttpServletRequest request) {
        Map<String, List<String>> parameters = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
        return parameters;
    }

    private static String tag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A servlet exception out of the rendering, through the cache's loader. */
    private static final class Rendering extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Rendering(ServletException cause) {
            super(cause);
        }

        @Override
        public synchronized ServletException getCause() {
            return (ServletException) super.getCause();
        }
    }

    /**
     * The answer of a rendering, its body held back: headers and status go through, the body is
     * written once the page is known to be one to keep or not.
     */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;
        /** Whether the rendering ran through this capture (else the page was kept already). */
        private boolean used;
        /** Whether the answer went elsewhere: an error page or a redirect, written by the container. */
        private boolean diverted;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) {
                        body.write(bytes, offset, length);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("A page is rendered at once");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(),
                        Charset.forName(getCharacterEncoding(), StandardCharsets.UTF_8)));
            }
            return writer;
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            diverted = true;
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            diverted = true;
            super.sendError(status);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            diverted = true;
            super.sendRedirect(location);
        }

        @Override
        public void flushBuffer() {
            // held back until the end
        }

        @Override
        public void setContentLength(int length) {
            // the body's length is known at the end
        }

        @Override
        public void setContentLengthLong(long length) {
            // the body's length is known at the end
        }

        @Override
        public void resetBuffer() {
            body.reset();
        }

        @Override
        public void reset() {
            body.reset();
            super.reset();
        }

        void flushWriter() {
            if (writer != null) {
                writer.flush();
            }
        }

        /** Writes what the rendering wrote, with the kept page's tag when it was kept. */
        void finish(RenderedPages.RenderedPage kept) throws IOException {
            flushWriter();
            if (diverted || getResponse().isCommitted()) {
                return;
            }
            if (kept != null) {
                setHeader("ETag", kept.tag());
            }
            HttpServletResponse response = (HttpServletResponse) getResponse();
            response.setContentLength(body.size());
            body.writeTo(response.getOutputStream());
        }
    }
}
