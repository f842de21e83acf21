package org.symbiose.web.rest.file;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;

/**
 * One part of a {@code multipart/form-data} body (RFC 7578), read from the whole body in memory:
 * uploads are small (the file store's limit), and the server ships no multipart reader to rely on.
 *
 * @param fileName    the part's {@code filename}
 * @param contentType the part's declared type, or null
 * @param content     its bytes
 */
record MultipartForm(String fileName, String contentType, InputStream content) {

    private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s*boundary=(\"([^\"]{1,70})\"|([^\\s;]{1,70}))");
    private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");
    private static final byte[] HEADERS_END = {'\r', '\n', '\r', '\n'};

    /**
     * The part named {@code field} of {@code body}.
     *
     * @throws ProblemException 400 if the body is not multipart of that type, or has no such file part
     */
    static MultipartForm part(byte[] body, String mediaType, String field) {
        Matcher boundary = BOUNDARY.matcher(mediaType);
        if (!boundary.find()) {
            throw bad("A multipart/form-data body needs a boundary");
        }
        byte[] delimiter = ("--" + (boundary.group(2) != null ? boundary.group(2) : boundary.group(3)))
                .getBytes(StandardCharsets.US_ASCII);
        byte[] separator = concat(new byte[] {'\r', '\n'}, delimiter);
        int start = indexOf(body, delimiter, 0);
        while (start >= 0) {
            int headers = start + delimiter.length + 2;
            int headersEnd = indexOf(body, HEADERS_END, headers);
            if (headers > body.length || headersEnd < 0) {
                break;
            }
            int end = indexOf(body, separator, headersEnd + 4);
            if (end < 0) {
                break;
            }
            String head = new String(body, headers, headersEnd - headers, StandardCharsets.UTF_8);
            String disposition = header(head, "content-disposition").orElse("");
            Matcher name = NAME.matcher(disposition);
            if (name.find() && name.group(1).equals(field)) {
                Matcher fileName = FILE_NAME.matcher(disposition);
                return new MultipartForm(fileName.find() ? fileName.group(1) : null, header(head, "content-type").orElse(null),
                        new ByteArrayInputStream(body, headersEnd + 4, end - headersEnd - 4));
            }
            start = end + 2;
        }
        throw bad("Send the file in a part named \"" + field + "\" of a multipart/form-data body");
    }

    private static Optional<String> header(String head, String name) {
        return head.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(name + ":"))
                .map(line -> line.substring(name.length() + 1).strip()).findFirst();
    }

    private static int indexOf(byte[] bytes, byte[] wanted, int from) {
        outer:
        for (int i = Math.max(0, from); i <= bytes.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static ProblemException bad(String detail) {
        return new ProblemException(ProblemType.BAD_REQUEST, detail);
    }
}
