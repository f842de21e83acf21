package org.symbiose.plugins.blog.feed;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.cache.SharedCache;
import org.symbiose.api.cache.SharedCaches;
import org.symbiose.api.rest.Versions;

/**
 * Feeds as served: written once from {@link FeedSource} and kept, with their tag, in a shared
 * cache, so that readers polling a feed (most of them, most of the time, for nothing new) cost a
 * lookup. Any change to a blog, post or comment drops them all ({@link #changed}): one post shows
 * in the site's feed, its blog's, its categories' and its tags', and dropping all is simpler than
 * knowing which; feeds are few and quick to write again. A kept feed also leaves after a minute,
 * so that nothing a missed change left behind (a post due at its date, say) lasts longer than that.
 */
@Component(service = Feeds.class)
public class Feeds {

    /** How many entries a feed shows: the newest. Readers poll; they need what is new, not the archive. */
    public static final int ENTRIES = 20;

    private static final long BUDGET = 32L * 1024 * 1024;
    private static final long MAX_AGE = TimeUnit.SECONDS.toNanos(60);

    @Reference
    private SharedCaches caches;

    @Reference
    private FeedSource source;

    private SharedCache<Key, RenderedFeed> kept;

    @Activate
    void start() {
        // a Java string weighs about two bytes a character
        kept = caches.weighedCache("feeds", BUDGET, feed -> 64 + 2 * feed.body().length());
    }

    /** The feed of {@code scope} in {@code format}, addresses under {@code site}; empty if the scope names nothing readable. */
    public Optional<RenderedFeed> feed(URI site, FeedScope scope, FeedFormat format) {
        Key key = new Key(site.toString(), scope, format);
        RenderedFeed feed = kept.get(key, this::write);
        if (feed != null && System.nanoTime() - feed.written() > MAX_AGE) {
            kept.invalidate(key);
            feed = kept.get(key, this::write);
        }
        return Optional.ofNullable(feed);
    }

    /** Something a feed may show changed: every kept feed goes. */
    public void changed() {
        kept.clear();
    }

    private RenderedFeed write(Key key) {
        return source.feed(key.scope(), key.format(), URI.create(key.site())).map(feed -> {
            String body = FeedDocuments.write(feed, key.format());
            return new RenderedFeed(body, key.format(), Versions.tagOf(body), feed.updated(), System.nanoTime());
        }).orElse(null);
    }

    /** A kept feed: the site's address is part of it, as every link inside is absolute. */
    record Key(String site, FeedScope scope, FeedFormat format) {
    }
}
