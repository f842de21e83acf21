package org.symbiose.plugins.ideas.idea;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.cache.SharedCache;
import org.symbiose.api.cache.SharedCaches;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.ItemPage;
import org.symbiose.api.content.ItemQuery;
import org.symbiose.plugins.ideas.Listing;

/**
 * The pages of each box's lists (trending, top, newest, by status or tag), the same for every
 * viewer, kept until one of the box's ideas changes: what a page shows of the viewer (their votes,
 * their budget) is read on every request. Exact: every vote and change drops the box's pages on
 * every node, so a busy box's lists are read from the database while its votes pour in, and from
 * here when they are read more than voted on.
 *
 * <p>A box's pages are dropped at once by dropping its generation, a number drawn anew when it is
 * next read: the pages are kept under it, and those of an old generation are no longer asked for,
 * so they leave as the least read.
 */
@Component(service = BoxListings.class)
public class BoxListings {

    /** Pages kept on a node: the first pages of a few hundred boxes' lists. */
    static final int PAGES = 2_000;

    @Reference
    private SharedCaches caches;

    @Reference
    private ContentStore store;

    private SharedCache<Long, Long> generations;
    private SharedCache<Key, Listing<Idea>> pages;

    /** A page of a box's list under the box's generation; every part said by its string form, as the cache needs. */
    record Key(long box, long generation, String order, String status, String tag, Long before, int limit) {
    }

    @Activate
    void start() {
        generations = caches.cache("box-generations", PAGES);
        pages = caches.cache("box-pages", PAGES);
    }

    /**
     * The page of listed ideas {@code query} asks for, a box's ideas by anyone (no author), as
     * {@code ideas} makes them of the items: kept made, since a list is read far more often than written.
     */
    Listing<Idea> page(ItemQuery query, Function<ItemPage, Listing<Idea>> ideas) {
        long generation = generations.get(query.parentId(), box -> ThreadLocalRandom.current().nextLong());
        Key key = new Key(query.parentId(), generation, query.order().name(), query.attributes().get("status"),
                query.tag(), query.before(), query.limit());
        return pages.get(key, k -> ideas.apply(store.query(query)));
    }

    /** Drops the pages of the box: one of its ideas was proposed, voted for, edited, moved or hidden. */
    public void changed(long boxId) {
        generations.invalidate(boxId);
    }
}
