package org.symbiose.plugins.faq.section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.api.content.ItemEdit;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.faq.FaqRights;
import org.symbiose.plugins.faq.ItemValues;
import org.symbiose.plugins.faq.StoredItems;

/**
 * The FAQ's sections: a hierarchy in a manual order, arranged by editors. Sections are published
 * items (everyone reads them); a move that would put a section inside itself is refused (409).
 */
@Component(service = Sections.class)
public class Sections {

    @Reference
    private ContentStore store;

    @Reference
    private FaqRights rights;

    /** Every section, depth first, siblings in their manual order. */
    public List<Section> tree() {
        Map<Long, List<Item>> children = new HashMap<>();
        for (Item item : StoredItems.all(store, SectionType.KEY, null)) {
            children.computeIfAbsent(item.parentId() == null ? 0L : item.parentId(), k -> new ArrayList<>()).add(item);
        }
        List<Section> tree = new ArrayList<>();
        addBranch(0L, 0, children, tree);
        return tree;
    }

    /** The section with this id; 404 if there is none. */
    public Section require(long id) {
        return find(id).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No such FAQ section"));
    }

    public Optional<Section> find(long id) {
        return store.find(id).filter(i -> i.type().equals(SectionType.KEY) && i.status() == ItemStatus.PUBLISHED)
                .map(item -> of(item, depth(item)));
    }

    /** A new section; editors only. */
    public Section create(SectionInput input, long actorId) {
        rights.requireEditor(actorId);
        if (input == null) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "Send the section as a JSON object");
        }
        Map<String, String> titles = titles(input.titles, true);
        Long parent = input.parentId == null || input.parentId == 0 ? null : require(input.parentId).id();
        int position = input.position != null ? input.position : siblings(parent);
        Map<String, Object> attributes = Map.of("titles", titles, "position", position);
        Item item = store.create(new ItemDraft(SectionType.KEY, parent, titles.values().iterator().next(), "",
                List.of(), attributes, ItemStatus.PUBLISHED), actorId);
        return of(item, depth(item));
    }

    /**
     * Changes a section's titles, position or parent; editors only.
     *
     * @throws ProblemException 409 when the new parent is the section itself or one of its descendants
     */
    public Section edit(long id, long expectedVersion, SectionInput input, long actorId) {
        rights.requireEditor(actorId);
        if (input == null) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "Send the changes as a JSON object");
        }
        Section current = require(id);
        Map<String, String> titles = input.titles == null ? current.titles() : titles(input.titles, true);
        int position = input.position != null ? input.position : current.position();
        Long parent = input.parentId == null ? current.parentId() : input.parentId == 0 ? null : input.parentId;
        if (parent != null && !parent.equals(current.parentId())) {
            refuseCycle(id, require(parent));
        }
        return store.inOneTransaction(() -> {
            Item item = store.edit(id, expectedVersion, new ItemEdit(titles.values().iterator().next(), null, null,
                    Map.of("titles", titles, "position", position)), actorId);
            if (!java.util.Objects.equals(parent, current.parentId())) {
                item = store.move(id, item.version(), parent, actorId);
            }
            return of(item, depth(item));
        });
    }

    private void refuseCycle(long id, Section newParent) {
        for (Section at = newParent; at != null; at = at.parentId() == null ? null : require(at.parentId())) {
            if (at.id() == id) {
                throw new ProblemException(ProblemType.CONFLICT, "parentId",
                        "A section cannot go inside itself or one of its own sections");
            }
        }
    }

    private int siblings(Long parent) {
        return (int) StoredItems.all(store, SectionType.KEY, null).stream()
                .filter(i -> java.util.Objects.equals(i.parentId(), parent)).count();
    }

    private static Map<String, String> titles(Map<String, String> given, boolean required) {
        Map<String, String> titles = new LinkedHashMap<>();
        if (given != null) {
            for (Map.Entry<String, String> title : given.entrySet()) {
                ItemValues.language(title.getKey(), "titles");
                titles.put(title.getKey(), ItemValues.bounded(title.getValue(), "titles", ContentStore.MAX_TITLE, true));
            }
        }
        if (required && titles.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "titles", "A section needs a title in fr or en");
        }
        return titles;
    }

    private void addBranch(long parent, int depth, Map<Long, List<Item>> children, List<Section> tree) {
        List<Item> level = new ArrayList<>(children.getOrDefault(parent, List.of()));
        level.sort(Comparator.comparingLong((Item i) -> position(i)).thenComparingLong(Item::id));
        for (Item item : level) {
            tree.add(of(item, depth));
            addBranch(item.id(), depth + 1, children, tree);
        }
    }

    private int depth(Item item) {
        int depth = 0;
        for (Long parent = item.parentId(); parent != null; parent = store.find(parent).map(Item::parentId).orElse(null)) {
            depth++;
        }
        return depth;
    }

    private static long position(Item item) {
        Long position = ItemValues.number(item.attributes(), "position");
        return position == null ? 0 : position;
    }

    @SuppressWarnings("unchecked")
    private static Section of(Item item, int depth) {
        Object titles = item.attributes().get("titles");
        Map<String, String> named = new LinkedHashMap<>();
        if (titles instanceof Map<?, ?> map) {
            map.forEach((k, v) -> named.put(String.valueOf(k), String.valueOf(v)));
        }
        return new Section(item.id(), item.parentId(), item.title(), named, (int) position(item), depth, item.version());
    }
}
