package org.symbiose.core.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key in a stored file's address, so that knowing (or guessing) a file's id is not enough to
 * read it: the HMAC-SHA256 of the id under a secret of this installation, base64url, cut to
 * {@value #LENGTH} characters (about 128 bits). The secret is 32 random bytes made at first use in
 * a file readable by its owner only, then kept in memory; removing that file changes every address.
 */
final class FileUrlKeys {

    /** Characters in a key. */
    static final int LENGTH = 22;

    private static final String ALGORITHM = "HmacSHA256";
    private static final int SECRET_BYTES = 32;

    private final Path secretFile;
    private SecretKeySpec secret;

    FileUrlKeys(Path secretFile) {
        this.secretFile = secretFile;
    }

    /** Where the file with this id is served, relative to the site root. */
    String url(long id) {
        return "/api/v1/files/" + id + "?key=" + key(id);
    }

    /** Whether {@code key} is the key of the file with this id; compared in constant time. */
    boolean matches(long id, String key) {
        return key != null && MessageDigest.isEqual(key(id).getBytes(StandardCharsets.US_ASCII),
                key.getBytes(StandardCharsets.US_ASCII));
    }

    private String key(long id) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret());
            byte[] digest = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(id).array());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java has " + ALGORITHM, e);
        }
    }

    private synchronized SecretKeySpec secret() {
        if (secret == null) {
            try {
                if (!Files.exists(secretFile)) {
                    create();
                }
                byte[] bytes = Files.readAllBytes(secretFile);
                if (bytes.length != SECRET_BYTES) {
                    throw new IllegalStateException(secretFile + " must hold " + SECRET_BYTES + " bytes; remove it to have"
                            + " a new secret made (every file address changes)");
                }
                secret = new SecretKeySpec(bytes, ALGORITHM);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read or make the secret of file addresses " + secretFile, e);
            }
        }
        return secret;
    }

    /** Written aside then moved into place, so a crash never leaves a partial secret. */
    private void create() throws IOException {
        byte[] bytes = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(bytes);
        Path directory = Files.createDirectories(secretFile.toAbsolutePath().getParent());
        // a temporary file is readable by its owner only where the file system has permissions
        Path written = Files.createTempFile(directory, "url-key-", ".part");
        try {
            Files.write(written, bytes);
            Files.move(written, secretFile, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(written);
        }
    }
}
