package org.symbiose.core.cache;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import org.symbiose.api.cache.SharedCache;

/**
 * Pages rendered for visitors who are not signed in, kept to be shown again to the next ones:
 * only the pages of plugin models that say they are the same for all such visitors. Any change of
 * content, settings or plugins drops them all, on every node (a page shows lists and counts that
 * one change may touch anywhere); a rendering that overlapped a change is not kept.
 */
@ApplicationScoped
public class RenderedPages {

    /** What the kept pages may weigh together on this node, compressed: some ten thousand topic pages. */
    static final long BUDGET = 64L << 20;

    @Inject
    private ClusterCaches caches;

    private SharedCache<String, RenderedPage> pages;

    @PostConstruct
    void start() {
        pages = caches.weighedCache("rendered-pages", BUDGET, RenderedPage::weight);
    }

    /**
     * The page kept under {@code key}, else the one {@code render} gives (null: none to keep),
     * kept unless a change overlapped the rendering.
     */
    public RenderedPage get(String key, Function<String, RenderedPage> render) {
        return pages.get(key, render);
    }

    /** Drops every kept page, on every node; inside a transaction, again once it commits. */
    public void clear() {
        pages.clear();
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
