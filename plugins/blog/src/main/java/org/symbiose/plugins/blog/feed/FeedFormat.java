package org.symbiose.plugins.blog.feed;

import java.util.Arrays;
import java.util.Optional;

/** The two feed formats served, by the name their addresses use ({@code /feeds/rss}, {@code /feeds/atom}). */
public enum FeedFormat {

    RSS("rss", "application/rss+xml"),
    ATOM("atom", "application/atom+xml");

    private final String path;
    private final String mediaType;

    FeedFormat(String path, String mediaType) {
        this.path = path;
        this.mediaType = mediaType;
    }

    /** The format an address names, if it names one. */
    public static Optional<FeedFormat> named(String path) {
        return Arrays.stream(values()).filter(format -> format.path.equals(path)).findFirst();
    }

    /** How addresses name it: {@code rss} or {@code atom}. */
    public String path() {
        return path;
    }

    /** Its media type, as served and as autodiscovery links announce it. */
    public String mediaType() {
        return mediaType;
    }
}
