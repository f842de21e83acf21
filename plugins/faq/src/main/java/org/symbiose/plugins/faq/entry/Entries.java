package org.symbiose.plugins.faq.entry;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.api.content.ItemEdit;
import org.symbiose.api.content.ItemPage;
import org.symbiose.api.content.ItemQuery;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.content.Revision;
import org.symbiose.api.member.MemberDirectory;
import org.symbiose.api.member.MemberInfo;
import org.symbiose.api.member.MemberRef;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.faq.FaqRights;
import org.symbiose.plugins.faq.ItemValues;
import org.symbiose.plugins.faq.StoredItems;
import org.symbiose.plugins.faq.section.Sections;

/**
 * The FAQ's entries: written as drafts by writers, submitted for review, published by editors;
 * edits keep revisions (the store's), which writers restore. An entry in French and one in
 * English are linked as each other's translation. Every rule is checked before anything is written.
 */
@Component(service = Entries.class)
public class Entries {

    /** Longest "applies to" note, in characters. */
    public static final int MAX_APPLIES_TO = 200;


    @Reference
    private ContentStore store;

    @Reference
    private Sections sections;

    @Reference
    private FaqRights rights;

    @Reference
    private MemberDirectory members;

    private Clock clock = Clock.systemUTC();

    /** Whether {@code viewerId} (null: a visitor) reads this entry: everyone once published, else its owner, author and the writers. */
    public boolean readable(Item item, Long viewerId) {
        if (item.status() == ItemStatus.PUBLISHED) {
            return true;
        }
        if (viewerId == null || item.status() == ItemStatus.DELETED) {
            return false;
        }
        return viewerId == item.author().id() || viewerId.equals(ItemValues.number(item.attributes(), "owner"))
                || rights.writes(viewerId);
    }

    /** The entry with this id, if the viewer reads it. */
    public Optional<Entry> find(long id, Long viewerId) {
        return store.find(id).filter(i -> i.type().equals(EntryType.KEY)).filter(i -> readable(i, viewerId))
                .map(this::of);
    }

    /** The entry with this id; 404 if there is none the viewer reads. */
    public Entry require(long id, Long viewerId) {
        return find(id, viewerId).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No such FAQ entry"));
    }

    /** The published translation of an entry, or its draft for those who read it; null when there is none. */
    public Translation translation(Entry entry, Long viewerId) {
        if (entry.translationId() == null) {
            return null;
        }
        return find(entry.translationId(), viewerId)
                .map(other -> new Translation(other.id(), other.language(), other.question(), other.state()))
                .orElse(null);
    }

    /** A section's published entries in one language (or both with null), in their manual order. */
    public List<Entry> inSection(long sectionId, String language) {
        sections.require(sectionId);
        List<Entry> listed = new ArrayList<>();
        Long before = null;
        do {
            ItemPage page = store.query(new ItemQuery(EntryType.KEY, sectionId, null, null,
                    language == null ? null : Map.of("language", ItemValues.language(language, "language")), null,
                    before, ItemQuery.MAX_LIMIT));
            page.items().stream().map(this::of).forEach(listed::add);
            before = page.next();
        } while (before != null);
        listed.sort(Comparator.comparingInt(Entry::position).thenComparingLong(Entry::id));
        return listed;
    }

    /**
     * One page of entries in a state, newest first: published ones for everyone, drafts and
     * entries in review for the writers (the queue an editor reviews).
     *
     * @return the entries, and the cursor of the next page or null
     */
    public EntryList list(EntryState state, String language, Long before, int limit, Long viewerId) {
        EntryState wanted = state == null ? EntryState.PUBLISHED : state;
        if (wanted != EntryState.PUBLISHED && !rights.writes(viewerId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "state", "Only the FAQ's writers list drafts");
        }
        Map<String, String> filter = new HashMap<>();
        if (language != null) {
            filter.put("language", ItemValues.language(language, "language"));
        }
        if (wanted != EntryState.PUBLISHED) {
            filter.put("state", wanted.name());
        }
        ItemPage page = store.query(new ItemQuery(EntryType.KEY, null, null, null, filter, Set.of(wanted.itemStatus()),
                before, limit));
        return new EntryList(page.items().stream().map(this::of).toList(), page.next());
    }

    /** Every published entry, for the freshness list. */
    public List<Entry> published() {
        return StoredItems.all(store, EntryType.KEY, null).stream().map(this::of).toList();
    }

    /** A new entry by a writer; publishing it at once takes an editor. */
    public Entry create(EntryInput input, long actorId) {
        return create(input, actorId, null);
    }

    /** A new entry, crediting the forum answer it comes from when {@code credit} is given. */
    public Entry create(EntryInput input, long actorId, Credit credit) {
        rights.requireWriter(actorId);
        if (input == null) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "Send the entry as a JSON object");
        }
        EntryState state = input.state == null ? EntryState.DRAFT : input.state;
        if (state == EntryState.PUBLISHED) {
            rights.requireEditor(actorId);
        }
        Long section = input.sectionId == null || input.sectionId == 0 ? null : sections.require(input.sectionId).id();
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("language", ItemValues.language(input.language, "language"));
        attributes.put("appliesTo", ItemValues.bounded(input.appliesTo, "appliesTo", MAX_APPLIES_TO, false));
        attributes.put("position", input.position == null ? 0 : input.position);
        attributes.put("owner", owner(input.ownerId, actorId, actorId));
        attributes.put("state", state.name());
        if (state == EntryState.PUBLISHED) {
            attributes.put("reviewedAt", clock.instant().toString());
        }
        if (credit != null) {
            attributes.put("credit", Map.of("authorId", credit.authorId(), "authorName", credit.authorName(),
                    "sourceId", credit.sourceId(), "sourceLink", credit.sourceLink()));
        }
        Item item = store.create(new ItemDraft(EntryType.KEY, section,
                ItemValues.bounded(input.question, "question", ContentStore.MAX_TITLE, true),
                ItemValues.bounded(input.answer, "answer", ContentStore.MAX_BODY, true), tags(input.tags), attributes,
                state.itemStatus()), actorId);
        return of(item);
    }

    /**
     * Changes an entry: its owner and the writers edit a draft or one in review, editors any
     * entry; publishing, unpublishing and changing the owner take an editor.
     */
    public Entry edit(long id, long expectedVersion, EntryInput input, long actorId) {
        if (input == null) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "Send the changes as a JSON object");
        }
        Entry current = require(id, actorId);
        requireEditable(current, actorId);
        EntryState state = input.state == null ? current.state() : input.state;
        if (state != current.state() && (state == EntryState.PUBLISHED || current.state() == EntryState.PUBLISHED)) {
            rights.requireEditor(actorId);
        }
        Map<String, Object> attributes = attributes(current);
        if (input.language != null && !input.language.equals(current.language())) {
            ItemValues.language(input.language, "language");
            if (current.translationId() != null) {
                throw new ProblemException(ProblemType.CONFLICT, "language",
                        "Unlink the translation before changing the entry's language");
            }
            attributes.put("language", input.language);
        }
        if (input.appliesTo != null) {
            attributes.put("appliesTo", ItemValues.bounded(input.appliesTo, "appliesTo", MAX_APPLIES_TO, false));
        }
        if (input.position != null) {
            attributes.put("position", input.position);
        }
        if (input.ownerId != null && input.ownerId != current.owner().id()) {
            rights.requireEditor(actorId);
            attributes.put("owner", owner(input.ownerId, actorId, current.owner().id()));
        }
        attributes.put("state", state.name());
        if (state == EntryState.PUBLISHED && current.state() != EntryState.PUBLISHED) {
            attributes.put("reviewedAt", clock.instant().toString());
        }
        Long section = input.sectionId == null ? current.sectionId()
                : input.sectionId == 0 ? null : sections.require(input.sectionId).id();
        String question = input.question == null ? null
                : ItemValues.bounded(input.question, "question", ContentStore.MAX_TITLE, true);
        String answer = input.answer == null ? null
                : ItemValues.bounded(input.answer, "answer", ContentStore.MAX_BODY, true);
        List<String> tags = input.tags == null ? null : tags(input.tags);
        return store.inOneTransaction(() -> {
            Item item = store.edit(id, expectedVersion, new ItemEdit(question, answer, tags, attributes), actorId);
            if (state.itemStatus() != item.status()) {
                item = store.changeStatus(id, item.version(), state.itemStatus(), actorId);
            }
            if (!Objects.equals(section, current.sectionId())) {
                item = store.move(id, item.version(), section, actorId);
            }
            return of(item);
        });
    }

    /** An entry's earlier contents, newest first: for its owner and the writers. */
    public List<Revision> revisions(long id, long viewerId) {
        requireEditable(require(id, viewerId), viewerId);
        return store.revisions(id);
    }

    /** Brings back the question, answer and tags of an earlier version (a new revision, the current one kept). */
    public Entry restore(long id, long expectedVersion, long revisionVersion, long actorId) {
        Revision revision = revisions(id, actorId).stream().filter(r -> r.version() == revisionVersion).findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "revision",
                        "This entry has no revision " + revisionVersion));
        EntryInput input = new EntryInput();
        input.question = revision.title();
        input.answer = revision.body();
        input.tags = revision.tags();
        return edit(id, expectedVersion, input, actorId);
    }

    /**
     * Links two entries as each other's translation, unlinking their former ones; editors only.
     *
     * @throws ProblemException 422 when both are in the same language or are the same entry
     */
    public Entry link(long id, long otherId, long actorId) {
        rights.requireEditor(actorId);
        Entry entry = require(id, actorId);
        Entry other = find(otherId, actorId).orElseThrow(() -> new ProblemException(ProblemType.UNPROCESSABLE,
                "entryId", "No such FAQ entry to link"));
        if (entry.id() == other.id() || entry.language().equals(other.language())) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "entryId",
                    "A translation is an entry in the other language");
        }
        return store.inOneTransaction(() -> {
            unlinkPartner(entry, actorId);
            unlinkPartner(other, actorId);
            setTranslation(other.id(), entry.id(), actorId);
            return setTranslation(entry.id(), other.id(), actorId);
        });
    }

    /** Unlinks an entry from its translation (both sides); editors only. */
    public Entry unlink(long id, long actorId) {
        rights.requireEditor(actorId);
        Entry entry = require(id, actorId);
        return store.inOneTransaction(() -> {
            unlinkPartner(entry, actorId);
            return setTranslation(entry.id(), null, actorId);
        });
    }

    /** Records that the entry's owner or an editor checked it is still right: it leaves the freshness list. */
    public Entry markReviewed(long id, long actorId) {
        Entry entry = require(id, actorId);
        if (entry.owner().id() != actorId && !rights.publishes(actorId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the entry's owner or an editor reviews it");
        }
        if (entry.state() != EntryState.PUBLISHED) {
            throw new ProblemException(ProblemType.CONFLICT, "Only a published entry is reviewed");
        }
        Map<String, Object> attributes = attributes(entry);
        attributes.put("reviewedAt", clock.instant().toString());
        return of(store.edit(id, entry.version(), new ItemEdit(null, null, null, attributes), actorId));
    }

    private void unlinkPartner(Entry entry, long actorId) {
        if (entry.translationId() != null) {
            store.find(entry.translationId()).filter(i -> entry.id() == Objects.requireNonNullElse(
                    ItemValues.number(i.attributes(), "translation"), -1L))
                    .ifPresent(partner -> setTranslation(partner.id(), null, actorId));
        }
    }

    private Entry setTranslation(long id, Long translationId, long actorId) {
        Item item = store.find(id).orElseThrow();
        Map<String, Object> attributes = new HashMap<>(item.attributes());
        if (translationId == null) {
            attributes.remove("translation");
        } else {
            attributes.put("translation", translationId);
        }
        return of(store.edit(id, item.version(), new ItemEdit(null, null, null, attributes), actorId));
    }

    private void requireEditable(Entry entry, long actorId) {
        boolean own = entry.owner().id() == actorId || entry.author().id() == actorId;
        if (rights.publishes(actorId) || entry.state() != EntryState.PUBLISHED && rights.writes(actorId)
                || own && entry.state() != EntryState.PUBLISHED) {
            return;
        }
        throw new ProblemException(ProblemType.FORBIDDEN, "Only the FAQ's editors change a published entry");
    }

    private long owner(Long requested, long actorId, long fallback) {
        if (requested == null || requested == fallback) {
            return fallback;
        }
        rights.requireEditor(actorId);
        MemberInfo member = members.find(requested).orElseThrow(() -> new ProblemException(ProblemType.UNPROCESSABLE,
                "ownerId", "No such member"));
        return member.ref().id();
    }

    private static List<String> tags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        if (tags.size() > ContentStore.MAX_TAGS) {
            throw new ProblemException(ProblemType.VALIDATION, "tags", "At most " + ContentStore.MAX_TAGS + " tags");
        }
        return tags.stream().map(t -> ItemValues.bounded(t, "tags", ContentStore.MAX_TAG, true)).distinct().toList();
    }

    private static Map<String, Object> attributes(Entry entry) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("language", entry.language());
        attributes.put("appliesTo", entry.appliesTo());
        attributes.put("position", entry.position());
        attributes.put("owner", entry.owner().id());
        attributes.put("state", entry.state().name());
        if (entry.translationId() != null) {
            attributes.put("translation", entry.translationId());
        }
        if (entry.reviewedAt() != null) {
            attributes.put("reviewedAt", entry.reviewedAt().toString());
        }
        if (entry.credit() != null) {
            Credit credit = entry.credit();
            attributes.put("credit", Map.of("authorId", credit.authorId(), "authorName", credit.authorName(),
                    "sourceId", credit.sourceId(), "sourceLink", credit.sourceLink()));
        }
        return attributes;
    }

    /** The entry an item is. */
    public Entry of(Item item) {
        Map<String, Object> attributes = item.attributes();
        Long ownerId = ItemValues.number(attributes, "owner");
        MemberRef owner = ownerId == null ? item.author()
                : members.find(ownerId).map(MemberInfo::ref).orElse(new MemberRef(ownerId, ""));
        Long position = ItemValues.number(attributes, "position");
        return new Entry(item.id(), item.parentId(), item.title(), item.body(), item.bodyHtml(), item.tags(),
                Objects.requireNonNullElse(ItemValues.text(attributes, "appliesTo"), ""),
                ItemValues.text(attributes, "language"), ItemValues.number(attributes, "translation"),
                position == null ? 0 : position.intValue(), EntryState.of(item), owner, item.author(),
                credit(attributes.get("credit")), ItemValues.instant(attributes, "reviewedAt"), item.created(),
                item.updated(), item.version());
    }

    @SuppressWarnings("unchecked")
    private static Credit credit(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return null;
        }
        Map<String, Object> credit = (Map<String, Object>) map;
        return new Credit(ItemValues.number(credit, "authorId"), ItemValues.text(credit, "authorName"),
                ItemValues.number(credit, "sourceId"), ItemValues.text(credit, "sourceLink"));
    }
}
