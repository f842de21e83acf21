package org.symbiose.plugins.forum;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * All categories at one moment, nested and ordered, with each one's effective access: a
 * category is as private as its most private ancestor. A category whose parent is missing sits
 * at the top; categories in a parent cycle (which the endpoint refuses to create) are not shown.
 */
public final class CategoryTree {

    private static final Comparator<Category> ORDER = Comparator.comparingInt(Category::position)
            .thenComparing(Category::name, String.CASE_INSENSITIVE_ORDER).thenComparingLong(Category::id);

    private final Map<Long, Category> byId = new HashMap<>();
    private final Map<Long, List<Category>> children = new HashMap<>();
    private final Map<Long, CategoryAccess> effective = new HashMap<>();

    public CategoryTree(Collection<Category> categories) {
        categories.forEach(category -> byId.put(category.id(), category));
        for (Category category : categories) {
            children.computeIfAbsent(parentOf(category), k -> new ArrayList<>()).add(category);
        }
        children.values().forEach(siblings -> siblings.sort(ORDER));
        byId.keySet().forEach(this::access);
    }

    public Optional<Category> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The access of a category with its ancestors' reading restrictions. */
    public Optional<CategoryAccess> effectiveAccess(long id) {
        return Optional.ofNullable(effective.get(id));
    }

    /** The categories the viewer may read, as a tree. */
    public List<CategoryNode> readableBy(Viewer viewer) {
        return nodes(null, viewer);
    }

    /** The ids of the categories the viewer may not read. */
    public Set<Long> unreadableBy(Viewer viewer) {
        Set<Long> hidden = new HashSet<>();
        effective.forEach((id, access) -> {
            if (!access.read().admits(viewer)) {
                hidden.add(id);
            }
        });
        return hidden;
    }

    /** Whether {@code ancestor} is {@code id} or encloses it: a category cannot move under itself. */
    public boolean encloses(long ancestor, long id) {
        Set<Long> seen = new HashSet<>();
        for (Long current = id; current != null && seen.add(current); current = parentOf(byId.get(current))) {
            if (current == ancestor) {
                return true;
            }
            if (!byId.containsKey(current)) {
                return false;
            }
        }
        return false;
    }

    /** The category {@code id} with its readable subcategories, if the viewer may read it. */
    public Optional<CategoryNode> node(long id, Viewer viewer) {
        return find(id).filter(category -> effective.get(id).read().admits(viewer)).map(category -> node(category, viewer));
    }

    private List<CategoryNode> nodes(Long parent, Viewer viewer) {
        return children.getOrDefault(parent, List.of()).stream()
                .filter(category -> effective.get(category.id()).read().admits(viewer))
                .map(category -> node(category, viewer)).toList();
    }

    private CategoryNode node(Category category, Viewer viewer) {
        CategoryAccess access = effective.get(category.id());
        return new CategoryNode(category.id(), parentOf(category), category.position(), category.version(),
                category.name(), category.description(), category.colour(), category.qa(), access.read().key(),
                access.start().key(), access.reply().key(), access.moderate().key(), nodes(category.id(), viewer));
    }

    private CategoryAccess access(long id) {
        CategoryAccess known = effective.get(id);
        if (known != null) {
            return known;
        }
        Category category = byId.get(id);
        Long parent = parentOf(category);
        // mark before recursing, so that a cycle ends here with the category's own access
        effective.put(id, category.access());
        CategoryAccess result = parent == null ? category.access() : category.access().within(access(parent));
        effective.put(id, result);
        return result;
    }

    /** The parent as the tree uses it: null when the stored parent is absent or the category's own id. */
    private Long parentOf(Category category) {
        Long parent = category.parentId();
        return parent == null || parent == category.id() || !byId.containsKey(parent) ? null : parent;
    }
}
