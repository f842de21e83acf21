package org.symbiose.plugins.ideas.idea;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.api.content.ItemEdit;
import org.symbiose.api.content.ItemOrder;
import org.symbiose.api.content.ItemPage;
import org.symbiose.api.content.ItemQuery;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.member.MemberRef;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.ideas.Attributes;
import org.symbiose.plugins.ideas.Fields;
import org.symbiose.plugins.ideas.IdeasRights;
import org.symbiose.plugins.ideas.Listing;
import org.symbiose.plugins.ideas.box.Box;
import org.symbiose.plugins.ideas.box.Boxes;
import org.symbiose.plugins.ideas.status.OfficialResponse;
import org.symbiose.plugins.ideas.status.Status;

/**
 * The ideas of the boxes: proposed by the members a box admits while it is open, edited by their
 * author while in the workflow's first status (by moderators at any time), listed by trend,
 * votes or date. A merged idea stays readable, showing where it went, but leaves the lists.
 */
@Component(service = Ideas.class)
public class Ideas {

    /** Attribute every listed idea has; a merged one loses it, so lists filter on it. */
    static final String LISTED = "listed";
    /** How many ideas a roadmap column shows. */
    public static final int ROADMAP_COLUMN = 50;
    static final Pattern REACTION = Pattern.compile("[a-z][a-z0-9-]{0,29}");
    static final Set<ItemStatus> VISIBLE = Set.of(ItemStatus.PUBLISHED, ItemStatus.PENDING_REVIEW, ItemStatus.HIDDEN);

    @Reference
    private ContentStore store;

    @Reference
    private Boxes boxes;

    @Reference
    private Subscriptions subscriptions;

    @Reference
    private BoxListings listings;

    @Reference
    private IdeasRights rights;

    /** Whether the viewer reads this idea item: its box's readers once published, else its author and moderators. */
    public boolean readable(Item item, Long viewerId) {
        if (item.parentId() == null || boxes.find(item.parentId(), viewerId).isEmpty()) {
            return false;
        }
        if (item.status() == ItemStatus.PUBLISHED) {
            return true;
        }
        return viewerId != null && (rights.moderates(viewerId)
                || item.status() != ItemStatus.DELETED && item.author().id() == viewerId);
    }

    /** The idea with this id, if the viewer reads it. */
    public Optional<Idea> find(long id, Long viewerId) {
        return store.find(id).filter(i -> i.type().equals(IdeaType.KEY)).filter(i -> readable(i, viewerId))
                .map(this::of);
    }

    /** The idea with this id; 404 if there is none the viewer reads. */
    public Idea require(long id, Long viewerId) {
        return find(id, viewerId).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No such idea"));
    }

    /**
     * A new idea in the box's default status, its author subscribed.
     *
     * @throws ProblemException 400 on a bad title, body or tags; 403 if the box does not admit the
     *                          member; 409 once the box closed
     */
    public Idea create(long boxId, IdeaInput input, long actorId) {
        rights.requireActive(actorId);
        Box box = boxes.requireOpen(boxId, actorId);
        if (input == null) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "Send the idea as a JSON object");
        }
        String title = Fields.text(input.title, "title", ContentStore.MAX_TITLE, true);
        String body = Fields.text(input.body, "body", ContentStore.MAX_BODY, false);
        List<String> tags = Fields.tags(input.tags);
        Map<String, Object> attributes = Map.of("status", box.workflow().defaultStatus(), LISTED, "true");
        return store.inOneTransaction(() -> {
            Item item = store.create(new ItemDraft(IdeaType.KEY, box.id(), title, body, tags, attributes,
                    ItemStatus.PUBLISHED), actorId);
            subscriptions.subscribe(item.id(), actorId);
            listings.changed(box.id());
            return of(item);
        });
    }

    /**
     * Changes an idea's title, body or tags: its author while it is in the first status and not
     * merged, moderators at any time.
     */
    public Idea edit(long id, long expectedVersion, IdeaInput input, long actorId) {
        if (input == null) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "Send the changes as a JSON object");
        }
        Idea idea = require(id, actorId);
        if (!rights.moderates(actorId)) {
            Box box = boxes.require(idea.boxId(), actorId);
            if (idea.author().id() != actorId) {
                throw new ProblemException(ProblemType.FORBIDDEN, "Only its author or a moderator edits an idea");
            }
            if (idea.mergedInto() != null || !idea.status().equals(box.workflow().first().key())) {
                throw new ProblemException(ProblemType.FORBIDDEN,
                        "An idea is edited by its author only until it is reviewed");
            }
        }
        String title = input.title == null ? null : Fields.text(input.title, "title", ContentStore.MAX_TITLE, true);
        String body = input.body == null ? null : Fields.text(input.body, "body", ContentStore.MAX_BODY, false);
        List<String> tags = input.tags == null ? null : Fields.tags(input.tags);
        Idea edited = of(store.edit(id, expectedVersion, new ItemEdit(title, body, tags, null), actorId));
        listings.changed(edited.boxId());
        return edited;
    }

    /**
     * One page of a box's listed ideas ({@link IdeaFilter#voted()} is the caller's: see
     * {@code Votes.votedIdeas}).
     */
    public Listing<Idea> list(long boxId, IdeaOrder order, IdeaFilter filter, Long before, int limit, Long viewerId) {
        Box box = boxes.require(boxId, viewerId);
        Map<String, String> attributes = new HashMap<>(Map.of(LISTED, "true"));
        if (filter.status() != null && !filter.status().isBlank()) {
            box.workflow().status(filter.status()).orElseThrow(() -> new ProblemException(ProblemType.VALIDATION,
                    "status", "This box has no status " + filter.status()));
            attributes.put("status", filter.status());
        }
        Long author = null;
        if (filter.mine()) {
            if (viewerId == null) {
                throw new ProblemException(ProblemType.UNAUTHORIZED, "Sign in to list your ideas");
            }
            author = viewerId;
        }
        String tag = filter.tag() == null || filter.tag().isBlank() ? null : filter.tag().strip().toLowerCase();
        ItemQuery query = new ItemQuery(IdeaType.KEY, boxId, author, tag, attributes, null, before, limit,
                order.itemOrder());
        return author == null ? listings.page(query, this::listing) : listing(store.query(query));
    }

    private Listing<Idea> listing(ItemPage page) {
        return new Listing<>(page.items().stream().map(this::of).toList(), page.next());
    }

    /** The listed ideas among {@code ids} the viewer reads, in that order. */
    public List<Idea> byIds(List<Long> ids, Long viewerId) {
        return ids.stream().map(id -> find(id, viewerId)).flatMap(Optional::stream)
                .filter(i -> i.mergedInto() == null).toList();
    }

    /** The box's roadmap: a column per open status with its most voted ideas. */
    public Roadmap roadmap(long boxId, Long viewerId, Locale locale) {
        Box box = boxes.require(boxId, viewerId);
        List<Roadmap.Column> columns = new ArrayList<>();
        for (Status status : box.workflow().open()) {
            ItemPage page = store.query(new ItemQuery(IdeaType.KEY, boxId, null, null,
                    Map.of(LISTED, "true", "status", status.key()), null, null, ROADMAP_COLUMN, ItemOrder.SCORE));
            columns.add(new Roadmap.Column(status.key(), status.label(locale), status.colour(),
                    page.items().stream().map(this::of).toList()));
        }
        return new Roadmap(box.id(), box.title(), columns);
    }

    /** Every listed idea of a box, newest first (the export). */
    public List<Idea> all(long boxId) {
        List<Idea> all = new ArrayList<>();
        Long before = null;
        do {
            ItemPage page = store.query(new ItemQuery(IdeaType.KEY, boxId, null, null, Map.of(LISTED, "true"), null,
                    before, ItemQuery.MAX_LIMIT));
            page.items().stream().map(this::of).forEach(all::add);
            before = page.next();
        } while (before != null);
        return all;
    }

    /** Adds the member's reaction of {@code kind} ({@code a-z0-9-}). */
    public Idea react(long id, long memberId, String kind, boolean on) {
        Idea idea = require(id, memberId);
        if (kind == null || !REACTION.matcher(kind).matches()) {
            throw new ProblemException(ProblemType.VALIDATION, "kind", "A reaction is 1 to 30 characters a-z, 0-9 and -");
        }
        Idea reacted = of(on ? store.react(id, memberId, kind) : store.unreact(id, memberId, kind));
        listings.changed(idea.boxId());
        return reacted;
    }

    /**
     * Writes an idea's plugin attributes (status, response, merge) over the current ones; for
     * {@code StatusChanges} and {@code Merges}, inside their transaction.
     */
    public Idea setAttributes(long id, long expectedVersion, Map<String, Object> changes, long actorId) {
        Item item = store.find(id).orElseThrow();
        Map<String, Object> attributes = new HashMap<>(item.attributes());
        changes.forEach((key, value) -> {
            if (value == null) {
                attributes.remove(key);
            } else {
                attributes.put(key, value);
            }
        });
        listings.changed(item.parentId());
        return of(store.edit(id, expectedVersion, new ItemEdit(null, null, null, attributes), actorId));
    }

    /** The idea an item is. */
    public Idea of(Item item) {
        Map<String, Object> a = item.attributes();
        return new Idea(item.id(), item.parentId(), item.title(), item.body(), item.bodyHtml(), Excerpt.of(item.bodyHtml()),
                item.tags(),
                Attributes.text(a, "status"), item.score(), Attributes.number(a, "mergedInto"),
                response(Attributes.map(a, "response")), item.author(), item.reactions(), item.status(),
                item.created(), item.updated(), item.version());
    }

    private static OfficialResponse response(Map<String, Object> value) {
        if (value == null) {
            return null;
        }
        return new OfficialResponse(Attributes.text(value, "text"), Attributes.text(value, "html"),
                new MemberRef(Attributes.number(value, "by"), Attributes.text(value, "byName")),
                Attributes.instant(value, "at"), Attributes.text(value, "status"));
    }
}
