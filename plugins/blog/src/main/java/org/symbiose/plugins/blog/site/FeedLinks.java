package org.symbiose.plugins.blog.site;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.symbiose.plugins.blog.feed.FeedFormat;
import org.symbiose.plugins.blog.feed.FeedScope;

/**
 * The feeds a page announces in its head ({@code <link rel="alternate">}, for readers'
 * autodiscovery) and links to: each format of the feed following what the page shows.
 */
final class FeedLinks {

    private FeedLinks() {
    }

    /** {@code [{type, title, href}]}, {@code href} relative to the site root. */
    static List<Map<String, String>> of(FeedScope scope, String title) {
        return Arrays.stream(FeedFormat.values()).map(format -> Map.of("type", format.mediaType(),
                "title", title + " (" + label(format) + ")",
                "href", "/api/v1/blog/feeds/" + format.path() + scope.path())).toList();
    }

    /** The format's name as its readers know it: RSS, Atom. */
    private static String label(FeedFormat format) {
        return format == FeedFormat.RSS ? "RSS" : "Atom";
    }
}
