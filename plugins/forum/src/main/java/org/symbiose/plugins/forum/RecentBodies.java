package org.symbiose.plugins.forum;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What each member posted in the last minutes, to refuse the same text twice: a double click, a
 * resent form, a copy-paste flood. Texts compare with case and spacing ignored. In memory.
 */
public final class RecentBodies {

    /** How long the same text by the same member counts as a duplicate. */
    public static final Duration WINDOW = Duration.ofMinutes(10);

    private final Map<String, Instant> posted = new LinkedHashMap<>();

    /** Whether {@code memberId} posted {@code body} within the window before {@code now}. */
    public synchronized boolean isDuplicate(long memberId, String body, Instant now) {
        forgetBefore(now.minus(WINDOW));
        return posted.containsKey(key(memberId, body));
    }

    /** Remembers that {@code memberId} posted {@code body} at {@code now}. */
    public synchronized void remember(long memberId, String body, Instant now) {
        String key = key(memberId, body);
        // re-inserted at the end, so the map stays in posting order for forgetBefore
        posted.remove(key);
        posted.put(key, now);
    }

    private void forgetBefore(Instant oldest) {
        var entries = posted.entrySet().iterator();
        while (entries.hasNext() && !entries.next().getValue().isAfter(oldest)) {
            entries.remove();
        }
    }

    /** A digest rather than the text: bodies run to 100,000 characters. */
    private static String key(long memberId, String body) {
        String normalized = body.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return memberId + ":" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
