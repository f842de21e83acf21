package org.symbiose.plugins.blog.feed;

import java.net.URI;
import java.util.Optional;

/** Where feeds' contents come from: the blog's published posts and comments, seen by a visitor. */
public interface FeedSource {

    /**
     * The feed of {@code scope} as served in {@code format} (its own address is in it), with
     * absolute addresses under {@code site} (the site's root, ending with a slash), or empty when the scope names nothing a visitor may read: an unknown
     * blog, a post that is not published.
     */
    Optional<Feed> feed(FeedScope scope, FeedFormat format, URI site);
}
