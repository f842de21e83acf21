package org.symbiose.api.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.api.content.ItemEdit;
import org.symbiose.api.content.ItemNotFoundException;
import org.symbiose.api.content.ItemOrder;
import org.symbiose.api.content.ItemPage;
import org.symbiose.api.content.ItemQuery;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.content.Revision;
import org.symbiose.api.content.StaleItemException;
import org.symbiose.api.member.MemberRef;

/**
 * The content store's contract in memory, for plugin service tests: versions, revisions,
 * queries by type, parent, author, tag, attributes and status, and transactions that roll back
 * everything (items and the plugin data given) when the work throws. Bodies render as
 * {@code <p>body</p>}; moves and votes are not supported.
 */
public final class InMemoryContentStore implements ContentStore {


    private final Clock clock;
    private Map<Long, Map<Long, Vote>> votes = new HashMap<>();
    private final InMemoryPluginData data;
    private final Set<String> activeByThemselves;
    private TreeMap<Long, Item> items = new TreeMap<>();
    private Map<Long, List<Revision>> revisions = new HashMap<>();
    private long nextId = 1;
    private int depth;

    /**
     * @param activeByThemselves the types whose activity is their publication, not their children's
     *     (as their plugin's content type declares it); other parents' activity follows their children
     */
    public InMemoryContentStore(Clock clock, InMemoryPluginData data, Set<String> activeByThemselves) {
        this.clock = clock;
        this.data = data;
        this.activeByThemselves = Set.copyOf(activeByThemselves);
    }

    /** How many items the store holds, in any status. */
    public synchronized int size() {
        return items.size();
    }

    @Override
    public synchronized Item create(ItemDraft draft, long authorId) {
        Instant now = clock.instant();
        Item item = new Item(nextId++, draft.type(), draft.type().substring(0, draft.type().indexOf('.')),
                draft.parentId(), new MemberRef(authorId, "Member " + authorId), draft.title(), draft.body(),
                render(draft.body()), draft.tags().stream().map(String::toLowerCase).sorted().toList(), draft.attributes(),
                draft.status(), 1, Map.of(), 0, now, now);
        items.put(item.id(), item);
        if (item.status() == ItemStatus.PUBLISHED) {
            bump(item.parentId(), now);
        }
        return item;
    }

    private void bump(Long parentId, Instant at) {
        Item parent = parentId == null ? null : items.get(parentId);
        if (parent != null && !activeByThemselves.contains(parent.type()) && parent.activity().isBefore(at)) {
            items.put(parent.id(), with(parent, parent.status(), parent.version(), at));
        }
    }

    private static Item with(Item item, ItemStatus status, long version, Instant activity) {
        return new Item(item.id(), item.type(), item.plugin(), item.parentId(), item.author(), item.title(), item.body(),
                item.bodyHtml(), item.tags(), item.attributes(), status, version, item.reactions(), item.score(),
                item.created(), item.updated(), activity);
    }

    @Override
    public synchronized Optional<Item> find(long id) {
        return Optional.ofNullable(items.get(id));
    }

    @Override
    public synchronized ItemPage query(ItemQuery query) {
        List<Item> matching = new ArrayList<>(items.values().stream()
                .filter(i -> query.type() == null || query.type().equals(i.type()))
                .filter(i -> query.parentId() == null || query.parentId().equals(i.parentId()))
                .filter(i -> query.authorId() == null || query.authorId() == i.author().id())
                .filter(i -> query.tag() == null || i.tags().contains(query.tag().toLowerCase()))
                .filter(i -> query.statuses().contains(i.status()))
                .filter(i -> query.attributes().entrySet().stream()
                        .allMatch(a -> a.getValue().equals(String.valueOf(i.attributes().get(a.getKey())))))
                .toList());
        boolean oldest = query.order() == ItemOrder.OLDEST;
        Comparator<Item> newest = Comparator.comparingLong(Item::id).reversed();
        Comparator<Item> order = switch (query.order()) {
            case OLDEST -> Comparator.comparingLong(Item::id);
            case NEWEST -> newest;
            case ACTIVITY -> Comparator.comparing(Item::activity).reversed().thenComparing(newest);
            case SCORE -> Comparator.comparingLong(Item::score).reversed().thenComparing(newest);
            case TRENDING -> Comparator.comparingDouble(this::trend).reversed().thenComparing(newest);
        };
        matching.sort(order);
        if (query.before() != null) {
            Item cursor = items.get(query.before());
            boolean byId = query.order() == ItemOrder.NEWEST || oldest;
            matching.removeIf(i -> !byId ? order.compare(i, cursor) <= 0
                    : oldest ? i.id() <= query.before() : i.id() >= query.before());
        }
        if (matching.size() <= query.limit()) {
            return new ItemPage(matching, null);
        }
        List<Item> page = matching.subList(0, query.limit());
        return new ItemPage(page, page.get(page.size() - 1).id());
    }

    @Override
    public synchronized Item edit(long id, long expectedVersion, ItemEdit edit, long editorId) {
        Item item = current(id, expectedVersion);
        revisions.computeIfAbsent(id, k -> new ArrayList<>()).add(0, new Revision(item.version(), item.title(),
                item.body(), item.tags(), new MemberRef(editorId, "Member " + editorId), clock.instant()));
        String body = edit.body() != null ? edit.body() : item.body();
        Item edited = new Item(id, item.type(), item.plugin(), item.parentId(), item.author(),
                edit.title() != null ? edit.title() : item.title(), body, render(body),
                edit.tags() != null ? edit.tags().stream().map(String::toLowerCase).sorted().toList() : item.tags(),
                edit.attributes() != null ? edit.attributes() : item.attributes(), item.status(), item.version() + 1,
                item.reactions(), item.score(), item.created(), clock.instant(), item.activity());
        items.put(id, edited);
        return edited;
    }

    @Override
    public synchronized Item changeStatus(long id, long expectedVersion, ItemStatus status, long actorId) {
        Item item = current(id, expectedVersion);
        Instant now = clock.instant();
        boolean published = status == ItemStatus.PUBLISHED && item.status() != ItemStatus.PUBLISHED;
        Item changed = new Item(id, item.type(), item.plugin(), item.parentId(), item.author(), item.title(),
                item.body(), item.bodyHtml(), item.tags(), item.attributes(), status, item.version() + 1,
                item.reactions(), item.score(), item.created(), now,
                published && activeByThemselves.contains(item.type()) ? now : item.activity());
        items.put(id, changed);
        if (published) {
            bump(item.parentId(), now);
        }
        return changed;
    }

    @Override
    public Item move(long id, long expectedVersion, Long parentId, long actorId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String render(String markdown) {
        return "<p>" + markdown + "</p>";
    }

    @Override
    public synchronized List<Revision> revisions(long id) {
        return List.copyOf(revisions.getOrDefault(id, List.of()));
    }

    @Override
    public synchronized Item react(long id, long memberId, String kind) {
        return items.get(id);
    }

    @Override
    public synchronized Item unreact(long id, long memberId, String kind) {
        return items.get(id);
    }

    @Override
    public synchronized Item vote(long id, long memberId, int value) {
        if (value < -1 || value > 1) {
            throw new InvalidItemException("value", "A vote is -1, 0 or 1");
        }
        Item item = find(id).orElseThrow(() -> new ItemNotFoundException(id));
        Map<Long, Vote> votes = this.votes.computeIfAbsent(id, k -> new HashMap<>());
        Vote previous = votes.get(memberId);
        int before = previous == null ? 0 : previous.value();
        if (value == before) {
            return item;
        }
        if (value == 0) {
            votes.remove(memberId);
        } else {
            votes.put(memberId, new Vote(value, clock.instant()));
        }
        Item voted = new Item(id, item.type(), item.plugin(), item.parentId(), item.author(), item.title(), item.body(),
                item.bodyHtml(), item.tags(), item.attributes(), item.status(), item.version(), item.reactions(),
                item.score() + value - before, item.created(), item.updated(), item.activity());
        items.put(id, voted);
        return voted;
    }

    /** The up votes decayed to now, as {@link ItemOrder#TRENDING} sorts them. */
    private double trend(Item item) {
        double halfLife = Duration.ofDays(ItemOrder.TRENDING_HALF_LIFE_DAYS).toMillis();
        Instant now = clock.instant();
        return votes.getOrDefault(item.id(), Map.of()).values().stream().filter(vote -> vote.value() == 1)
                .mapToDouble(vote -> Math.pow(2, -Duration.between(vote.at(), now).toMillis() / halfLife)).sum();
    }

    private record Vote(int value, Instant at) {
    }

    @Override
    public synchronized <T> T inOneTransaction(Supplier<T> work) {
        TreeMap<Long, Item> itemsBefore = new TreeMap<>(items);
        Map<Long, List<Revision>> revisionsBefore = new HashMap<>(revisions);
        long nextBefore = nextId;
        Map<Long, Map<Long, Vote>> votesBefore = new HashMap<>();
        votes.forEach((id, byMember) -> votesBefore.put(id, new HashMap<>(byMember)));
        Object dataBefore = depth == 0 ? data.snapshot() : null;
        depth++;
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (depth == 1) {
                items = itemsBefore;
                revisions = revisionsBefore;
                nextId = nextBefore;
                votes = votesBefore;
                data.restore(dataBefore);
            }
            throw e;
        } finally {
            depth--;
        }
    }

    /** One caller at a time here: each work is a transaction of its own, as a batch of one would be. */
    @Override
    public <T> T inGroupCommit(Supplier<T> work) {
        return inOneTransaction(work);
    }

    private Item current(long id, long expectedVersion) {
        Item item = items.get(id);
        if (item == null) {
            throw new ItemNotFoundException(id);
        }
        if (item.version() != expectedVersion) {
            throw new StaleItemException(id, expectedVersion, item.version());
        }
        return item;
    }
}
