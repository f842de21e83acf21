package org.symbiose.core.cache;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.symbiose.api.cache.SharedCache;

/**
 * Pages rendered for visitors who are not signed in, kept to be shown again to the next ones:
 * only the pages of plugin models that say they are the same for all such visitors. A new item
 * drops the pages of its parent (a page about an item, named by its address's {@code id}, shows
 * its children: a new reply drops its topic's page, and the burst of replies after a match leaves
 * the other topics' pages kept); any other change of content, settings or plugins drops them all,
 * on every node (a page shows titles, lists and counts that one edit, move or moderation may touch
 * anywhere); a rendering that overlapped a change is not kept.
 */
@ApplicationScoped
public class RenderedPages {

    /** What the kept pages may weigh together on this node, compressed: some ten thousand topic pages. */
    static final long BUDGET = 64L << 20;

    @Inject
    private ClusterCaches caches;

    /** Told apart the generations of an item's pages, on this node: each new child starts one. */
    private static final AtomicLong GENERATIONS = new AtomicLong();

    private SharedCache<String, RenderedPage> pages;
    /**
     * The generation of each item's pages: a page is kept under its key and the generation it was
     * rendered in, so that dropping an item's generation, on every node, leaves its older pages
     * unreachable (the budget evicts them) without knowing their addresses and languages.
     */
    private SharedCache<Long, Long> generations;
    /**
     * The item each address is about, for addresses that do not name it by {@code id} (a post's
     * permalink), as the page's model said when it was last rendered.
     */
    private SharedCache<String, Long> addresses;

    protected RenderedPages() {
        // for CDI
    }

    RenderedPages(ClusterCaches caches) {
        this.caches = caches;
        start();
    }

    @PostConstruct
    void start() {
        pages = caches.weighedCache("rendered-pages", BUDGET, RenderedPage::weight);
        generations = caches.cache("rendered-page-generations", 200_000);
        addresses = caches.cache("rendered-page-addresses", 200_000);
    }

    /**
     * The page kept under {@code key}, else the one {@code render} gives (null: none to keep),
     * kept unless a change overlapped the rendering.
     *
     * @param itemId the item the page is about (its address's {@code id}), null for none
     */
    public RenderedPage get(String key, Long itemId, Function<String, RenderedPage> render) {
        // the generation is read before the rendering: a child created meanwhile starts a newer one
        String kept = itemId == null ? key : key + "|" + generations.get(itemId, id -> GENERATIONS.incrementAndGet());
        return pages.get(kept, ignored -> render.apply(key));
    }

    /** The item the page at {@code address} is about, as its model last said; null when not known. */
    public Long itemAt(String address) {
        return addresses.get(address, unknown -> null);
    }

    /**
     * Notes that the page at {@code address} is about item {@code itemId}: from then on its pages
     * are kept under that item's generation. A page rendered before this was known is not kept, as
     * a child created during its rendering would not have dropped it.
     */
    public void locate(String address, long itemId) {
        addresses.get(address, unknown -> itemId);
    }

    /**
     * What the change of an item under {@code parentId} (null: none) drops: its parent's pages when
     * the item is new, every page otherwise; on every node, and inside a transaction again once it
     * commits.
     */
    public void changed(Long parentId, boolean created) {
        if (created && parentId != null) {
            generations.invalidate(parentId);
        } else {
            clear();
        }
    }

    /** Drops every kept page, on every node; inside a transaction, again once it commits. */
    public void clear() {
        pages.clear();
        generations.clear();
        // an edit may give an address to another item (a slug freed, then taken)
        addresses.clear();
    }

    /**
     * A page as rendered.
     *
     * @param headers the headers the page set, as name and value, without cookies
     * @param gzipped its body, compressed with gzip
     * @param tag     its strong entity tag, quoted
     * @param plugin  the plugin whose model it shows
     * @param model   that model's name
     */
    public record RenderedPage(List<Header> headers, byte[] gzipped, String tag, String plugin, String model) {

        public RenderedPage {
            headers = List.copyOf(headers);
        }

        int weight() {
            return gzipped.length + 64 * headers.size() + 256;
        }
    }

    /**
     * A header of a rendered page.
     *
     * @param name  its name
     * @param value its value
     */
    public record Header(String name, String value) {
    }
}
