package org.symbiose.plugins.forum;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.cache.SharedCache;
import org.symbiose.api.cache.SharedCaches;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemNotFoundException;
import org.symbiose.api.content.ItemPage;
import org.symbiose.api.content.ItemQuery;

/**
 * The categories, kept in memory: access is checked on every read and search, categories change
 * rarely. Any committed change to a category (heard by {@link ForumEvents}, or reported by this
 * plugin's own writes at once) drops the copy on every node; the next read loads them again.
 */
@Component(service = CategoryIndex.class)
public class CategoryIndex {

    /** The one key of the copy: all categories are loaded together. */
    private static final String ALL = "all";

    @Reference
    private ContentStore store;

    @Reference
    private SharedCaches caches;

    private SharedCache<String, CategoryTree> tree;

    @Activate
    void start() {
        tree = caches.cache("categories", 1);
    }

    public CategoryTree tree() {
        return tree.get(ALL, all -> new CategoryTree(load()));
    }

    /**
     * The category {@code id} if {@code viewer} may read it.
     *
     * @throws ItemNotFoundException if there is none, or it is hidden from the viewer: the two look alike
     */
    public Category readable(long id, Viewer viewer) {
        CategoryTree current = tree();
        return current.find(id).filter(c -> current.effectiveAccess(id).orElseThrow().read().admits(viewer))
                .orElseThrow(() -> new ItemNotFoundException(id));
    }

    /** The effective access of a known category. */
    public CategoryAccess access(long id) {
        return tree().effectiveAccess(id).orElseThrow(() -> new ItemNotFoundException(id));
    }

    public Optional<Category> find(long id) {
        return tree().find(id);
    }

    /** The search places hidden from {@code viewer}. */
    public Set<String> hiddenPlaces(Viewer viewer) {
        CategoryTree current = tree();
        return current.unreadableBy(viewer).stream()
                .map(id -> current.find(id).orElseThrow().place()).collect(Collectors.toSet());
    }

    /** Forgets the categories; called after this plugin changes one, so its next read sees the change. */
    public void invalidate() {
        tree.invalidate(ALL);
    }

    /** Drops the copy if {@code item}, just changed, is a category. */
    public void changed(Item item) {
        if (Category.TYPE.equals(item.type())) {
            invalidate();
        }
    }

    private List<Category> load() {
        List<Category> categories = new ArrayList<>();
        Long before = null;
        do {
            ItemPage page = store.query(new ItemQuery(Category.TYPE, null, null, null, null, null, before, ItemQuery.MAX_LIMIT));
            page.items().stream().map(Category::of).forEach(categories::add);
            before = page.next();
        } while (before != null);
        return categories;
    }
}
