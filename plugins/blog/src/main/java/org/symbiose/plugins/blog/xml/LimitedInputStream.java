package org.symbiose.plugins.blog.xml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads at most {@code limit} bytes, then fails: a parser never holds more of a document than that. */
final class LimitedInputStream extends FilterInputStream {

    /** Thrown through the parser, which wraps it; {@link SafeXml} finds it in the cause chain. */
    static final class LimitReached extends IOException {
        private static final long serialVersionUID = 1L;

        LimitReached(long limit) {
            super("The document is larger than " + limit + " bytes");
        }
    }

    private final long limit;
    private long read;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws LimitReached {
        read += n;
        if (read > limit) {
            throw new LimitReached(limit);
        }
    }
}
