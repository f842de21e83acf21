package org.symbiose.core.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MagicBytesTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    @Test
    void knowsImagesAndPdfByTheirSignature() {
        assertThat(MagicBytes.mediaType(PNG)).isEqualTo("image/png");
        assertThat(MagicBytes.mediaType(JPEG)).isEqualTo("image/jpeg");
        assertThat(MagicBytes.mediaType(ascii("GIF89a\1\0\1\0"))).isEqualTo("image/gif");
        assertThat(MagicBytes.mediaType(ascii("GIF87a\1\0\1\0"))).isEqualTo("image/gif");
        assertThat(MagicBytes.mediaType(ascii("RIFF\u0024\0\0\0WEBPVP8 "))).isEqualTo("image/webp");
        assertThat(MagicBytes.mediaType(ascii("%PDF-1.7\n%âãÏÓ"))).isEqualTo("application/pdf");
    }

    @Test
    void plainTextIsUtf8WithoutControlCharacters() {
        assertThat(MagicBytes.mediaType("Bonjour, élève !\r\n\tfin".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/plain");
        assertThat(MagicBytes.mediaType(new byte[] {'a', 0, 'b'})).isNull();
        assertThat(MagicBytes.mediaType(new byte[] {'a', (byte) 0xC3})).as("a cut character in a whole file").isNull();
        assertThat(MagicBytes.mediaType(new byte[0])).isNull();
        assertThat(MagicBytes.mediaType(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE})).isNull();
    }

    @Test
    void aLongTextMayEndInsideACharacter() {
        // an odd byte first, so the head ends on the first byte of an "é"
        byte[] head = Arrays.copyOf(("a" + "é".repeat(MagicBytes.HEAD)).getBytes(StandardCharsets.UTF_8), MagicBytes.HEAD);
        assertThat(MagicBytes.mediaType(head)).isEqualTo("text/plain");
    }

    @Test
    void markupIsFoundWhateverTheNameSays() {
        for (String markup : new String[] {"<!DOCTYPE html><html><body>x", "  <svg xmlns='http://www.w3.org/2000/svg'/>",
                "\uFEFF<html>", "hello <script>alert(1)</script>", "<?xml version='1.0'?><svg/>",
                "see <img src=x onerror=alert(1)>", "text then <IFRAME src=x>"}) {
            assertThat(MagicBytes.mediaType(markup.getBytes(StandardCharsets.UTF_8))).as(markup).isEqualTo(MagicBytes.MARKUP);
        }
        assertThat(MagicBytes.mediaType("1 < 2 and 3 > 2".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/plain");
    }

    @Test
    void markupAndSvgAreNeverAllowed() {
        FileLimits limits = FileLimits.of(10, "image/png, text/html,image/svg+xml,,text/plain", 100);
        assertThat(limits.types()).containsExactlyInAnyOrder("image/png", "text/plain");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
