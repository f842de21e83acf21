package org.symbiose.core.file;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the administrator allows uploads to be ({@code symbiose.files.*} in the configuration).
 * Markup and SVG are never allowed, whatever the list says: served from this site they could run
 * script in a member's session.
 *
 * @param maxBytes        the largest file
 * @param types           the media types accepted, as {@link MagicBytes} names them
 * @param dailyQuotaBytes how much one member may upload in 24 hours
 */
public record FileLimits(long maxBytes, Set<String> types, long dailyQuotaBytes) {

    private static final Set<String> NEVER = Set.of(MagicBytes.MARKUP, "image/svg+xml", "application/xhtml+xml",
            "text/xml", "application/xml");

    public FileLimits {
        types = types.stream().filter(type -> !NEVER.contains(type)).collect(Collectors.toUnmodifiableSet());
    }

    /** Limits from the configuration's comma-separated list of types. */
    public static FileLimits of(long maxBytes, String types, long dailyQuotaBytes) {
        return new FileLimits(maxBytes, Arrays.stream(types.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.toSet()), dailyQuotaBytes);
    }
}
