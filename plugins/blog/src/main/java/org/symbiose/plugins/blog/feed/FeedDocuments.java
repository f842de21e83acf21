package org.symbiose.plugins.blog.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

/** Writes {@link Feed}s as RSS 2.0 or Atom 1.0 documents, with Rome. */
public final class FeedDocuments {

    private FeedDocuments() {
    }

    /** {@code feed} as an XML document in {@code format}. */
    public static String write(Feed feed, FeedFormat format) {
        WireFeed document = format == FeedFormat.ATOM ? AtomDocument.of(feed) : RssDocument.of(feed);
        try {
            return new WireFeedOutput().outputString(document, false);
        } catch (FeedException e) {
            // only a model Rome's generator rejects gets here: a fault of this plugin, not of the data
            throw new IllegalStateException("Cannot write the " + format.path() + " feed " + feed.id(), e);
        }
    }
}
