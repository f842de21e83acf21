package org.symbiose.plugins.forum;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.symbiose.api.data.PluginData;

/**
 * What each member posted in the last minutes, to refuse the same text twice: a double click, a
 * resent form, a copy-paste flood. Texts compare with case and spacing ignored. A claim in the
 * database, so that a double submit split across two nodes is caught too.
 */
public final class RecentBodies {

    /** How long the same text by the same member counts as a duplicate. */
    public static final Duration WINDOW = Duration.ofMinutes(10);

    static final String COLLECTION = "posted-bodies";

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final PluginData data;

    public RecentBodies(PluginData data) {
        this.data = data;
    }

    /**
     * Claims {@code body} for {@code memberId} within the caller's transaction: false if they posted
     * it within the window (or a concurrent post of it committed first).
     */
    public boolean claim(long memberId, String body) {
        return data.putIfAbsentWithin(COLLECTION, key(memberId, body), Map.of(), WINDOW);
    }

    /** Gives a claim back, for a post that was not written after all. */
    public void release(long memberId, String body) {
        data.delete(COLLECTION, key(memberId, body));
    }

    /** Drops the claims older than the window. */
    public void forgetOld() {
        data.deleteOlderThan(COLLECTION, WINDOW);
    }

    /** A digest rather than the text: bodies run to 100,000 characters. */
    private static String key(long memberId, String body) {
        String normalized = SPACES.matcher(body.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return memberId + ":" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
