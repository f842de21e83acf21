package org.symbiose.core.file;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The media type a file's first bytes show, whatever its name or declared type says: the
 * signatures of PNG, JPEG, GIF, WebP and PDF, else UTF-8 text. Text that holds markup is
 * {@code text/html}, which no configuration allows: served from this site, it could run script.
 */
final class MagicBytes {

    /** How many leading bytes {@link #mediaType} looks at. */
    static final int HEAD = 4096;

    /** What markup is called when found, to be refused. */
    static final String MARKUP = "text/html";

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final Pattern MARKUP_TAG = Pattern.compile(
            "<\\s*(!doctype|html|head|body|script|svg|iframe|object|embed|meta|\\?xml|[a-z]+[^>]*\\bon[a-z]+\\s*=)");

    private MagicBytes() {
    }

    /** The type of a file starting with {@code head} (at most {@link #HEAD} bytes), or null if none we know. */
    static String mediaType(byte[] head) {
        if (startsWith(head, 0, PNG)) {
            return "image/png";
        }
        if (startsWith(head, 0, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(head, 0, ascii("GIF87a")) || startsWith(head, 0, ascii("GIF89a"))) {
            return "image/gif";
        }
        if (startsWith(head, 0, ascii("RIFF")) && startsWith(head, 8, ascii("WEBP"))) {
            return "image/webp";
        }
        if (startsWith(head, 0, ascii("%PDF-"))) {
            return "application/pdf";
        }
        String text = text(head);
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.stripLeading().startsWith("<") || MARKUP_TAG.matcher(lower).find() ? MARKUP : "text/plain";
    }

    /** The bytes as UTF-8 text without control characters (but tab, line ends, form feed), or null. */
    private static String text(byte[] head) {
        if (head.length == 0) {
            return null;
        }
        // the head may end inside a multi-byte character: leave out up to 3 trailing bytes
        for (int cut = 0; cut < 4 && cut < head.length; cut++) {
            try {
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(head, 0, head.length - cut)).toString();
                return text.chars().allMatch(c -> c >= 0x20 && c != 0x7F || c == '\t' || c == '\n' || c == '\r' || c == '\f')
                        ? text : null;
            } catch (CharacterCodingException e) {
                if (head.length < HEAD) {
                    // the whole file was read: there is no cut character to forgive
                    return null;
                }
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
