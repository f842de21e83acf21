package org.symbiose.plugins.blog.feed;

import jakarta.ws.rs.core.EntityTag;
import java.time.Instant;

/**
 * A feed written out, with its validators, as kept in the cache and served: the same bytes, tag
 * and date for every reader until a change drops it.
 *
 * @param body         the XML document
 * @param format       RSS or Atom
 * @param tag          its entity tag, a hash of {@code body}
 * @param lastModified the feed's {@code updated}
 * @param written      when it was written ({@link System#nanoTime()}), to let no copy live long
 */
public record RenderedFeed(String body, FeedFormat format, EntityTag tag, Instant lastModified, long written) {
}
