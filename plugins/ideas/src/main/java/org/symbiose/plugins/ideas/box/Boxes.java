package org.symbiose.plugins.ideas.box;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.cache.SharedCache;
import org.symbiose.api.cache.SharedCaches;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.api.content.ItemEdit;
import org.symbiose.api.content.ItemPage;
import org.symbiose.api.content.ItemQuery;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.member.Role;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.ideas.Attributes;
import org.symbiose.plugins.ideas.Fields;
import org.symbiose.plugins.ideas.IdeasRights;
import org.symbiose.plugins.ideas.status.Workflow;
import org.symbiose.plugins.ideas.status.WorkflowInput;

/**
 * The suggestion boxes: created and set up by managers, read by those a box admits. A workflow
 * change that would delete a status some ideas hold is refused (409), so no idea is left
 * without a status.
 *
 * <p>Every vote, idea and page reads its box, so box items are cached, dropped on every node when
 * one changes: here for the plugin's own edits, by {@code IdeasEvents} for the moderators'.
 */
@Component(service = Boxes.class)
public class Boxes {

    /** Largest vote budget a box gives. */
    public static final int MAX_BUDGET = 1000;
    /** Idea item type, named here rather than imported so boxes do not depend on ideas. */
    static final String IDEA_TYPE = "ideas.idea";
    /** The item statuses an idea holding a status may be in (a hidden idea may come back). */
    static final Set<ItemStatus> LIVE = Set.of(ItemStatus.PUBLISHED, ItemStatus.PENDING_REVIEW, ItemStatus.HIDDEN);

    @Reference
    private ContentStore store;

    @Reference
    private IdeasRights rights;

    @Reference
    private SharedCaches caches;

    Clock clock = Clock.systemUTC();

    /** Box items by id with their boxes, made once rather than on every request; a site has tens of boxes. */
    private SharedCache<Long, Kept> items;

    private record Kept(Item item, Box box) {
    }

    @Activate
    void start() {
        items = caches.cache("boxes", 1_000);
    }

    /** Drops what is kept of the box item {@code id}, just changed. */
    public void changed(long id) {
        items.invalidate(id);
    }

    private Optional<Kept> kept(long id) {
        return Optional.ofNullable(items.get(id, key -> store.find(key).filter(i -> i.type().equals(BoxType.KEY))
                .map(i -> new Kept(i, of(i))).orElse(null)));
    }

    /** Whether {@code viewerId} (null: a visitor) reads this box item. */
    public boolean readable(Item item, Long viewerId) {
        if (item.status() != ItemStatus.PUBLISHED) {
            return rights.manages(viewerId);
        }
        return BoxAccess.of(Attributes.text(item.attributes(), "access")).admits(rights.role(viewerId).orElse(null))
                || rights.manages(viewerId);
    }

    /** The boxes the viewer reads, newest first (a site has tens of boxes, not thousands). */
    public List<Box> list(Long viewerId) {
        List<Box> boxes = new ArrayList<>();
        Long before = null;
        do {
            ItemPage page = store.query(new ItemQuery(BoxType.KEY, null, null, null, null, null, before,
                    ItemQuery.MAX_LIMIT));
            page.items().stream().filter(i -> readable(i, viewerId)).map(this::of).forEach(boxes::add);
            before = page.next();
        } while (before != null);
        return boxes;
    }

    /** The box with this id, if the viewer reads it. */
    public Optional<Box> find(long id, Long viewerId) {
        return kept(id).filter(k -> readable(k.item(), viewerId)).map(Kept::box);
    }

    /** The box with this id, whoever reads it (search, listeners). */
    public Optional<Box> any(long id) {
        return kept(id).map(Kept::box);
    }

    /** The boxes open to a rank only, as search places ({@code ideas.box.<id>}) with the rank they need. */
    public Map<String, Role> rankedPlaces() {
        Map<String, Role> places = new HashMap<>();
        Long before = null;
        do {
            ItemPage page = store.query(new ItemQuery(BoxType.KEY, null, null, null, null, null, before,
                    ItemQuery.MAX_LIMIT));
            page.items().stream().map(this::of).filter(b -> b.access().minimumRole() != null)
                    .forEach(b -> places.put(b.place(), b.access().minimumRole()));
            before = page.next();
        } while (before != null);
        return places;
    }

    /** The box with this id; 404 if there is none the viewer reads. */
    public Box require(long id, Long viewerId) {
        return find(id, viewerId).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No such box"));
    }

    /**
     * The box where {@code memberId} proposes or votes now: 403 if it does not admit them, 409 once
     * it closed.
     */
    public Box requireOpen(long id, long memberId) {
        Box box = require(id, memberId);
        if (!box.access().admits(rights.role(memberId).orElse(null))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "This box is open to " + box.access().value() + " only");
        }
        if (box.closedAt(clock.instant())) {
            throw new ProblemException(ProblemType.CONFLICT, "This box closed on " + box.closesAt());
        }
        return box;
    }

    /** A new box with the standard workflow; managers only. */
    public Box create(BoxInput input, long actorId) {
        rights.requireManager(actorId);
        if (input == null) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "Send the box as a JSON object");
        }
        Map<String, Object> attributes = new HashMap<>();
        apply(input, attributes);
        attributes.putIfAbsent("access", BoxAccess.MEMBERS.value());
        attributes.putIfAbsent("language", "en");
        attributes.put("workflow", Workflow.standard().attribute());
        Item item = store.create(new ItemDraft(BoxType.KEY, null,
                Fields.text(input.title, "title", ContentStore.MAX_TITLE, true),
                Fields.text(input.description, "description", ContentStore.MAX_BODY, false), List.of(), attributes,
                ItemStatus.PUBLISHED), actorId);
        return of(item);
    }

    /** Changes what {@code input} sends of a box; managers only. */
    public Box edit(long id, long expectedVersion, BoxInput input, long actorId) {
        rights.requireManager(actorId);
        if (input == null) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "Send the changes as a JSON object");
        }
        Box box = require(id, actorId);
        Map<String, Object> attributes = new HashMap<>(store.find(box.id()).orElseThrow().attributes());
        apply(input, attributes);
        String title = input.title == null ? null : Fields.text(input.title, "title", ContentStore.MAX_TITLE, true);
        String description = input.description == null ? null
                : Fields.text(input.description, "description", ContentStore.MAX_BODY, false);
        Box edited = of(store.edit(id, expectedVersion, new ItemEdit(title, description, null, attributes), actorId));
        changed(id);
        return edited;
    }

    /**
     * Replaces a box's workflow; managers only. Ideas keep their status keys, so renaming,
     * recolouring and reordering change them all at once.
     *
     * @throws ProblemException 400 on a bad workflow, 409 when a status it drops, closes or reopens is
     *                          held by an idea
     */
    public Box editWorkflow(long id, long expectedVersion, WorkflowInput input, long actorId) {
        rights.requireManager(actorId);
        Box box = require(id, actorId);
        Workflow workflow = Workflow.of(input);
        for (String unsettled : workflow.unsettledFrom(box.workflow())) {
            ItemPage holding = store.query(new ItemQuery(IDEA_TYPE, id, null, null, Map.of("status", unsettled), LIVE,
                    null, 1));
            if (!holding.items().isEmpty()) {
                throw new ProblemException(ProblemType.CONFLICT, "statuses", "Ideas are still in the status "
                        + unsettled + ": move them before deleting it or changing whether it is closed");
            }
        }
        Map<String, Object> attributes = new HashMap<>(store.find(id).orElseThrow().attributes());
        attributes.put("workflow", workflow.attribute());
        Box edited = of(store.edit(id, expectedVersion, new ItemEdit(null, null, null, attributes), actorId));
        changed(id);
        return edited;
    }

    private static void apply(BoxInput input, Map<String, Object> attributes) {
        if (input.access != null) {
            attributes.put("access", BoxAccess.of(input.access).value());
        }
        if (input.closesAt != null) {
            if (input.closesAt.isBlank()) {
                attributes.remove("closesAt");
            } else {
                try {
                    attributes.put("closesAt", Instant.parse(input.closesAt).toString());
                } catch (DateTimeParseException e) {
                    throw new ProblemException(ProblemType.VALIDATION, "closesAt",
                            "A closing date is an ISO-8601 instant such as 2026-12-31T23:00:00Z");
                }
            }
        }
        if (input.voteBudget != null) {
            if (input.voteBudget < 0 || input.voteBudget > MAX_BUDGET) {
                throw new ProblemException(ProblemType.VALIDATION, "voteBudget",
                        "A vote budget is 1 to " + MAX_BUDGET + ", or 0 for no limit");
            }
            if (input.voteBudget == 0) {
                attributes.remove("voteBudget");
            } else {
                attributes.put("voteBudget", input.voteBudget);
            }
        }
        if (input.language != null) {
            if (!Set.of("fr", "en").contains(input.language)) {
                throw new ProblemException(ProblemType.VALIDATION, "language", "A language is fr or en");
            }
            attributes.put("language", input.language);
        }
    }

    /** The box a box item is. */
    public Box of(Item item) {
        Map<String, Object> a = item.attributes();
        Long budget = Attributes.number(a, "voteBudget");
        return new Box(item.id(), item.title(), item.body(), item.bodyHtml(), BoxAccess.of(Attributes.text(a, "access")),
                Attributes.instant(a, "closesAt"), budget == null ? null : budget.intValue(),
                Attributes.text(a, "language"), Workflow.fromAttribute(Attributes.map(a, "workflow")), item.author(),
                item.created(), item.version());
    }
}
