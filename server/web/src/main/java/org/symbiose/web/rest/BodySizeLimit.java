package org.symbiose.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.symbiose.web.rest.problem.ClientError;
import org.symbiose.web.rest.problem.ProblemType;

/**
 * Refuses request bodies over {@code symbiose.api.max-body-bytes} with 413: at once when
 * Content-Length says so, and while reading when the body is chunked.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter, ReaderInterceptor {

    private final long limit = ConfigProvider.getConfig()
            .getOptionalValue("symbiose.api.max-body-bytes", Long.class).orElse(1_048_576L);

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > limit) {
            request.abortWith(ProblemType.PAYLOAD_TOO_LARGE.response(tooLarge()));
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Bounded(context.getInputStream()));
        return context.proceed();
    }

    private String tooLarge() {
        return "Request bodies are limited to " + limit + " bytes";
    }

    private final class Bounded extends FilterInputStream {
        private long count;

        Bounded(InputStream in) {
            super(in);
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
            if (count > limit) {
                throw new ClientError(ProblemType.PAYLOAD_TOO_LARGE, tooLarge());
            }
        }
    }
}
