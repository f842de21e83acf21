package org.symbiose.core.file;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key in a stored file's address, so that knowing (or guessing) a file's id is not enough to
 * read it: the HMAC-SHA256 of the id under a secret of this installation, base64url, cut to
 * {@value #LENGTH} characters (about 128 bits). The secret, {@value #SECRET_BYTES} bytes, is the
 * same on every node ({@link org.symbiose.core.cluster.InstallationSecrets}); it is asked for at
 * first use, then kept in memory. Changing it changes every address.
 */
final class FileUrlKeys {

    /** Characters in a key. */
    static final int LENGTH = 22;

    /** Bytes in the secret. */
    static final int SECRET_BYTES = 32;

    private static final String ALGORITHM = "HmacSHA256";

    private final Supplier<byte[]> source;
    private SecretKeySpec secret;

    /** Keys under the secret {@code source} gives at first use. */
    FileUrlKeys(Supplier<byte[]> source) {
        this.source = source;
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
            byte[] bytes = source.get();
            if (bytes.length != SECRET_BYTES) {
                throw new IllegalStateException("The secret of file addresses must hold " + SECRET_BYTES + " bytes");
            }
            secret = new SecretKeySpec(bytes, ALGORITHM);
        }
        return secret;
    }
}
