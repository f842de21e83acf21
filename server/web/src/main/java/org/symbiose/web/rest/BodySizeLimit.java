package org.symbiose.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import org.eclipse.microprofile.config.ConfigProvider;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.spi.rest.LargeBody;
import org.symbiose.web.rest.problem.Problem;

/**
 * Refuses request bodies over {@code symbiose.api.max-body-bytes} with 413: at once when
 * Content-Length says so, and while reading when the body is chunked. Plugin uploads have their
 * own, larger limit, {@code symbiose.api.max-plugin-bytes}, imports {@code symbiose.api.max-import-bytes}; file uploads the file store's,
 * {@code symbiose.files.max-bytes}, with room for a multipart envelope (the store checks the file itself); a plugin
 * method marked {@link LargeBody} the file or import limit. Checked once the request is matched to its method, before
 * its body is read.
 */
@Provider
public class BodySizeLimit implements ContainerRequestFilter, ReaderInterceptor {

    private static final long MULTIPART_ENVELOPE = 64 * 1024;

    private final long limit = ConfigProvider.getConfig()
            .getOptionalValue("symbiose.api.max-body-bytes", Long.class).orElse(1_048_576L);
    private final long pluginLimit = ConfigProvider.getConfig()
            .getOptionalValue("symbiose.api.max-plugin-bytes", Long.class).orElse(52_428_800L);
    private final long importLimit = ConfigProvider.getConfig()
            .getOptionalValue("symbiose.api.max-import-bytes", Long.class).orElse(4_294_967_296L);
    private final long fileLimit = ConfigProvider.getConfig()
            .getOptionalValue("symbiose.files.max-bytes", Long.class).orElse(5_242_880L) + MULTIPART_ENVELOPE;

    @Context
    private UriInfo uri;

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        long allowed = limit();
        if (request.getLength() > allowed) {
            request.abortWith(Problem.of(ProblemType.PAYLOAD_TOO_LARGE, tooLarge(allowed)).response());
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Bounded(context.getInputStream(), limit()));
        return context.proceed();
    }

    /** Only plugin uploads are sent to {@code admin/plugins} itself, and files to {@code files}. */
    private long limit() {
        Method method = resource == null ? null : resource.getResourceMethod();
        LargeBody large = method == null ? null : method.getAnnotation(LargeBody.class);
        if (large != null) {
            // base64 takes four bytes for three
            return large.value() == LargeBody.Kind.IMPORT ? importLimit : (fileLimit - MULTIPART_ENVELOPE) * 4 / 3 + MULTIPART_ENVELOPE;
        }
        return switch (uri.getPath()) {
            case "admin/plugins" -> pluginLimit;
            case "files" -> fileLimit;
            case "admin/imports" -> importLimit;
            default -> limit;
        };
    }

    private static String tooLarge(long allowed) {
        return "Request bodies are limited to " + allowed + " bytes";
    }

    private static final class Bounded extends FilterInputStream {
        private final long allowed;
        private long count;

        Bounded(InputStream in, long allowed) {
            super(in);
            this.allowed = allowed;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > allowed) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, tooLarge(allowed));
            }
        }
    }
}
