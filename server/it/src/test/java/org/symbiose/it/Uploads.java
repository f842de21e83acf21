package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/** Files to upload in tests: the smallest of each type the file store accepts, and a multipart body. */
final class Uploads {

    /** A real 1×1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    /** A JPEG's signature and JFIF header: enough for the store. */
    static final byte[] JPEG = HexFormat.of().parseHex("ffd8ffe000104a46494600010100000100010000ffd9");
    static final byte[] GIF = "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] WEBP = "RIFF\u001a\u0000\u0000\u0000WEBPVP8L\r\u0000\u0000\u0000/\u0000\u0000\u0000\u0010\u0007\u0010\u0011\u0011\u0088\u0088\u00fe\u0007\u0000"
            .getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] TEXT = "Bonjour, élève !\n".getBytes(StandardCharsets.UTF_8);

    private Uploads() {
    }

    /** A PNG signature padded with zeros to {@code size} bytes: a PNG as far as the store can tell. */
    static byte[] png(int size) {
        return Arrays.copyOf(PNG, size);
    }

    /** A real PNG of one colour, large enough to see in a screenshot: 8-bit RGB, one IDAT chunk. */
    static byte[] picture(int width, int height, int rgb) {
        byte[] rows = new byte[height * (1 + 3 * width)];
        for (int y = 0, at = 0; y < height; y++) {
            rows[at++] = 0;
            for (int x = 0; x < width; x++) {
                rows[at++] = (byte) (rgb >> 16);
                rows[at++] = (byte) (rgb >> 8);
                rows[at++] = (byte) rgb;
            }
        }
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflating = new DeflaterOutputStream(compressed)) {
            deflating.write(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(Arrays.copyOf(PNG, 8));
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] {8, 2, 0, 0, 0}).array());
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typed = ByteBuffer.allocate(4 + data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data).array();
        CRC32 crc = new CRC32();
        crc.update(typed);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typed);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** {@code content} as the part {@code file} of a multipart/form-data body; returns body and its content type. */
    static Multipart multipart(String fileName, String partType, byte[] content) {
        String boundary = "----symbiose" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nignored\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + partType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Multipart(body.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    record Multipart(byte[] body, String contentType) {
    }

    /** Uploads {@code content} as {@code account}, raw with ?name=; returns the file id. */
    static long upload(Accounts.Account account, String name, byte[] content) {
        return stored(account, name, content).getJsonNumber("id").longValue();
    }

    /** Uploads {@code content} as {@code account}, raw with ?name=; returns the stored file, its url with its key. */
    static JsonObject stored(Accounts.Account account, String name, byte[] content) {
        Reply stored = account.api().upload("api/v1/files?name=" + name, content, "application/octet-stream");
        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        return stored.json();
    }

}
