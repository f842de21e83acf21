package org.symbiose.core.content;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.DeletionRefusedException;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.api.content.ItemEdit;
import org.symbiose.api.content.ItemNotFoundException;
import org.symbiose.api.content.ItemPage;
import org.symbiose.api.content.ItemQuery;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.content.Revision;
import org.symbiose.api.content.StaleItemException;
import org.symbiose.config.Settings;
import org.symbiose.core.member.Member;
import org.symbiose.core.member.Standings;
import org.symbiose.core.persistence.GroupCommit;
import org.symbiose.core.persistence.NewTransactions;

/**
 * The content store on the {@code symbiose} persistence unit. Every rule is checked before the
 * first write, so a refused call leaves nothing behind even in the caller's transaction.
 */
@ApplicationScoped
@Transactional
public class JpaContentStore implements ContentStore {

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private Standings standings;

    @Inject
    private Clock clock;

    @Inject
    private MarkdownRenderer markdown;

    @Inject
    private ContentEvents events;

    @Inject
    private ContentTypes types;

    @Inject
    private ContentScreening screening;

    @Inject
    private NewTransactions newTransactions;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The node's one group commit, for every plugin's {@link #inGroupCommit}; none outside a container. */
    private GroupCommit groupCommit;

    protected JpaContentStore() {
    }

    @PostConstruct
    void start() {
        // the database's address as the server's data source reads it
        groupCommit = batchesCommits(Settings.value("symbiose.db.url").orElse("")) ? new GroupCommit(newTransactions)
                : GroupCommit.unbatched(newTransactions);
    }

    /** Whether commits shared by concurrent writers pay on this database: H2's, not PostgreSQL's (see GroupCommit). */
    static boolean batchesCommits(String databaseUrl) {
        return databaseUrl.regionMatches(true, 0, "jdbc:h2:", 0, "jdbc:h2:".length());
    }

    /** A store outside a container applying content types' rules (tests). */
    JpaContentStore(EntityManager em, Clock clock, ContentTypes types) {
        this(em, clock);
        this.types = types;
    }

    /** A store outside a container (tests, benchmarks): the caller runs the transactions. */
    public JpaContentStore(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
        this.markdown = new MarkdownRenderer();
        this.events = ContentEvents.NONE;
        this.types = ContentTypes.NONE;
        this.screening = ContentScreening.NONE;
        this.standings = Standings.reading(em);
    }

    @Override
    public Item create(ItemDraft draft, long authorId) {
        String plugin = ContentRules.plugin(draft.type());
        Member author = member(authorId, "author");
        ContentScreening.Screened screened = screening.screen(draft.title(), draft.body(), authorId, true);
        ContentChange content = ContentChange.of(
                new ItemEdit(screened.title(), screened.body(), draft.tags(), draft.attributes()), markdown);
        if (draft.parentId() != null && !exists(draft.parentId())) {
            throw new InvalidItemException("parentId", "No item has id " + draft.parentId());
        }
        boolean held = screened.holdReason() != null && draft.status() == ItemStatus.PUBLISHED;
        ItemDraft stored = new ItemDraft(draft.type(), draft.parentId(), screened.title(), screened.body(), draft.tags(),
                draft.attributes(), held ? ItemStatus.PENDING_REVIEW : draft.status());
        types.check(stored);
        Instant now = now();
        StoredItem item = new StoredItem(draft.type(), plugin, draft.parentId(), author, stored.status(), now);
        item.changeContent(content, authorId, now);
        em.persist(item);
        // the attribute rows refer to the item: it must be in the database before them
        em.flush();
        // a new item has no attribute rows yet to compare with
        content.attributes().texts().forEach((name, text) -> em.persist(new ItemAttribute(item.getId(), name, text)));
        if (held) {
            screening.held(item.getId(), screened.holdReason());
        } else if (stored.status() == ItemStatus.PENDING_REVIEW) {
            // created for review by its plugin: the review queue is the only way it gets published
            screening.held(item.getId(), ContentScreening.ASKED);
        } else if (stored.status() == ItemStatus.PUBLISHED) {
            screening.published(authorId);
        }
        if (stored.status() == ItemStatus.PUBLISHED) {
            bumpActivity(draft.parentId(), now);
        }
        // nobody has reacted to it yet: no count to read
        return changed(item.toItem(Map.of()), null, ContentEvents.Change.CREATED);
    }

    /** Every method here joins the caller's transaction or opens one: so does this, around the work. */
    @Override
    public <T> T inOneTransaction(Supplier<T> work) {
        return work.get();
    }

    /** Not in a transaction of its own: a batch of the group commit is one, and its caller waits outside it. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> T inGroupCommit(Supplier<T> work) {
        boolean inTransaction = groupCommit == null || transactions.getTransactionKey() != null;
        return inTransaction ? work.get() : groupCommit.run(work);
    }

    @Override
    public Optional<Item> find(long id) {
        return Optional.ofNullable(em.find(StoredItem.class, id)).map(this::toItem);
    }

    @Override
    public ItemPage query(ItemQuery query) {
        List<StoredItem> found = ItemQueryJpql.of(em, query).getResultList();
        if (found.size() <= query.limit()) {
            return new ItemPage(toItems(found), null);
        }
        List<StoredItem> page = found.subList(0, query.limit());
        return new ItemPage(toItems(page), page.get(page.size() - 1).getId());
    }

    @Override
    public Item edit(long id, long expectedVersion, ItemEdit edit, long editorId) {
        StoredItem item = atVersion(id, expectedVersion);
        requireMember(editorId, "editor");
        ContentScreening.Screened screened = screening.screen(edit.title(), edit.body(), editorId, false);
        ItemEdit screenedEdit = new ItemEdit(screened.title(), screened.body(), edit.tags(), edit.attributes());
        ContentChange change = ContentChange.of(screenedEdit, markdown);
        Item current = toItem(item);
        boolean held = screened.holdReason() != null && current.status() == ItemStatus.PUBLISHED;
        types.check(asDraft(current, screenedEdit, held ? ItemStatus.PENDING_REVIEW : current.status()));
        ItemRevision previous = item.revision(em.find(Member.class, item.getEditorId()));
        Instant now = now();
        item.changeContent(change, editorId, now);
        if (held) {
            item.changeStatus(ItemStatus.PENDING_REVIEW, now);
            screening.held(id, screened.holdReason());
        }
        flush(item, expectedVersion);
        em.persist(previous);
        if (change.attributes() != null) {
            indexAttributes(id, change.attributes());
        }
        return changed(toItem(item), null, ContentEvents.Change.EDITED);
    }

    @Override
    public Item changeStatus(long id, long expectedVersion, ItemStatus status, long actorId) {
        if (status == null) {
            throw new InvalidItemException("status", "A status is required");
        }
        StoredItem item = atVersion(id, expectedVersion);
        ItemStatus previous = item.getStatus();
        types.check(asDraft(toItem(item), new ItemEdit(null, null, null, null), status));
        if (status == ItemStatus.DELETED && previous != ItemStatus.DELETED) {
            List<String> refusals = events.deletionRefusals(toItem(item));
            if (!refusals.isEmpty()) {
                throw new DeletionRefusedException(id, String.join("; ", refusals));
            }
        }
        Instant now = now();
        item.changeStatus(status, now);
        if (status == ItemStatus.PUBLISHED && previous != ItemStatus.PUBLISHED
                && types.activeByThemselves().contains(item.getType())) {
            item.activeAt(now);
        }
        flush(item, expectedVersion);
        if (status == ItemStatus.PUBLISHED && previous != ItemStatus.PUBLISHED) {
            bumpActivity(item.getParentId(), now);
        }
        return changed(toItem(item), previous, ContentEvents.Change.STATUS_CHANGED);
    }

    @Override
    public Item move(long id, long expectedVersion, Long parentId, long actorId) {
        StoredItem item = atVersion(id, expectedVersion);
        requireMember(actorId, "actorId");
        if (parentId != null) {
            requireNoCycle(id, parentId);
        }
        Item current = toItem(item);
        types.check(new ItemDraft(current.type(), parentId, current.title(), current.body(), current.tags(),
                current.attributes(), current.status()));
        item.moveUnder(parentId, now());
        flush(item, expectedVersion);
        return changed(toItem(item), null, ContentEvents.Change.EDITED);
    }

    @Override
    public String render(String text) {
        return markdown.toHtml(ContentRules.body(text == null ? "" : text));
    }

    /** The new parent exists and is neither the item nor below it: walks up from the parent. */
    private void requireNoCycle(long id, long parentId) {
        Long above = parentId;
        for (int depth = 0; above != null; depth++) {
            if (above == id || depth > ContentRules.MAX_DEPTH) {
                throw new InvalidItemException("parentId", "An item cannot move under itself or below itself");
            }
            StoredItem ancestor = em.find(StoredItem.class, above);
            if (ancestor == null) {
                throw new InvalidItemException("parentId", "No item has id " + above);
            }
            above = ancestor.getParentId();
        }
    }

    /** The items with these ids that exist, in no particular order. */
    public List<Item> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return toItems(em.createQuery("SELECT i FROM StoredItem i WHERE i.id IN :ids", StoredItem.class)
                .setParameter("ids", ids).getResultList());
    }

    /** Up to {@code max} items with ids above {@code afterId}, by id: a walk over all items. */
    public List<Item> after(long afterId, int max) {
        return toItems(em.createQuery("SELECT i FROM StoredItem i WHERE i.id > :after ORDER BY i.id", StoredItem.class)
                .setParameter("after", afterId).setMaxResults(max).getResultList());
    }

    /** How many items there are, in every status. */
    public long count() {
        return em.createQuery("SELECT COUNT(i) FROM StoredItem i", Long.class).getSingleResult();
    }

    @Override
    public List<Revision> revisions(long id) {
        return em.createQuery("SELECT r FROM ItemRevision r JOIN FETCH r.editor WHERE r.itemId = :id"
                        + " ORDER BY r.version DESC", ItemRevision.class)
                .setParameter("id", id)
                .getResultStream().map(ItemRevision::toRevision).toList();
    }

    @Override
    public Item react(long id, long memberId, String kind) {
        ItemReaction.Key key = new ItemReaction.Key(id, memberId, ContentRules.reactionKind(kind));
        StoredItem item = writable(id);
        requireMember(memberId, "member");
        if (em.find(ItemReaction.class, key) == null) {
            em.persist(new ItemReaction(key));
        }
        return toItem(item);
    }

    @Override
    public Item unreact(long id, long memberId, String kind) {
        ItemReaction.Key key = new ItemReaction.Key(id, memberId, ContentRules.reactionKind(kind));
        StoredItem item = writable(id);
        Optional.ofNullable(em.find(ItemReaction.class, key)).ifPresent(em::remove);
        return toItem(item);
    }

    @Override
    public Item vote(long id, long memberId, int value) {
        ContentRules.vote(value);
        StoredItem item = writable(id);
        ItemVote.Key key = new ItemVote.Key(id, memberId);
        ItemVote vote = em.find(ItemVote.class, key);
        int previous = vote == null ? 0 : vote.value();
        Instant upSince = vote == null ? null : vote.votedAt();
        Instant now = now();
        if (value == 0) {
            if (vote != null) {
                em.remove(vote);
            }
        } else if (vote == null) {
            requireMember(memberId, "member");
            em.persist(new ItemVote(key, value, now));
        } else if (value != previous) {
            vote.change(value, now);
        }
        if (value != previous) {
            // score + delta, in the database: concurrent votes on one item all count. Native SQL,
            // because an EclipseLink JPQL update would also bump the version, and votes are not edits.
            if (previous == 1 || value == 1) {
                // the row locked as it is read: the trend is every committed vote's, and no other vote
                // writes it before this transaction ends; then score and trend in one write of the row
                double locked = ((Number) em.createNativeQuery("SELECT trend FROM item WHERE id = ? FOR UPDATE")
                        .setParameter(1, id).getSingleResult()).doubleValue();
                double trend = value == 1 ? Trend.plus(locked, now) : Trend.minus(locked, upSince);
                em.createNativeQuery("UPDATE item SET score = score + ?, trend = ? WHERE id = ?")
                        .setParameter(1, (long) value - previous).setParameter(2, trend).setParameter(3, id)
                        .executeUpdate();
            } else {
                em.createNativeQuery("UPDATE item SET score = score + ? WHERE id = ?")
                        .setParameter(1, (long) value - previous).setParameter(2, id)
                        .executeUpdate();
            }
            em.refresh(item);
        }
        return toItem(item);
    }

    /**
     * Makes a parent active at {@code at}, a child of it having just been published: native SQL,
     * never lowering it, and neither a new version nor a lock on the parent's row beyond the
     * update itself, so that replies to one topic at once do not conflict.
     */
    private void bumpActivity(Long parentId, Instant at) {
        if (parentId != null && activeByChildren(parentId)) {
            // an OffsetDateTime, which both H2 and PostgreSQL drivers bind (PostgreSQL's refuses an Instant)
            OffsetDateTime time = at.atOffset(ZoneOffset.UTC);
            em.createNativeQuery("UPDATE item SET activity = ? WHERE id = ? AND activity < ?")
                    .setParameter(1, time).setParameter(2, parentId).setParameter(3, time)
                    .executeUpdate();
        }
    }

    /** Whether the parent's type is made active by its children: one more lookup only when some type is not. */
    private boolean activeByChildren(long parentId) {
        Set<String> byThemselves = types.activeByThemselves();
        if (byThemselves.isEmpty()) {
            return true;
        }
        List<?> type = em.createNativeQuery("SELECT type FROM item WHERE id = ?").setParameter(1, parentId)
                .getResultList();
        return type.isEmpty() || !byThemselves.contains(String.valueOf(type.get(0)));
    }

    /** Tells the change feed and the listeners, in the writing transaction. */
    private Item changed(Item item, ItemStatus previous, ContentEvents.Change change) {
        em.persist(new ItemChange(item.id()));
        events.changed(item, previous, change);
        return item;
    }

    /** An item as it would be stored after {@code edit} (null parts unchanged) and in {@code status}. */
    private static ItemDraft asDraft(Item item, ItemEdit edit, ItemStatus status) {
        return new ItemDraft(item.type(), item.parentId(),
                edit.title() != null ? edit.title() : item.title(),
                edit.body() != null ? edit.body() : item.body(),
                edit.tags() != null ? edit.tags() : item.tags(),
                edit.attributes() != null ? edit.attributes() : item.attributes(),
                status);
    }

    /** An item its members react to or vote on: not one whose type's plugin is absent. */
    private StoredItem writable(long id) {
        StoredItem item = existing(id);
        types.requireWritable(item.getType());
        return item;
    }

    private StoredItem existing(long id) {
        StoredItem item = em.find(StoredItem.class, id);
        if (item == null) {
            throw new ItemNotFoundException(id);
        }
        return item;
    }

    private StoredItem atVersion(long id, long expectedVersion) {
        StoredItem item = existing(id);
        if (item.getVersion() != expectedVersion) {
            throw new StaleItemException(id, expectedVersion, item.getVersion());
        }
        return item;
    }

    /** Writes the item now, where a concurrent change shows as a stale version, not a failed commit. */
    private void flush(StoredItem item, long expectedVersion) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            // the pending update would only fail again: read around it
            long current = em.createQuery("SELECT i.version FROM StoredItem i WHERE i.id = :id", Long.class)
                    .setParameter("id", item.getId()).setFlushMode(FlushModeType.COMMIT).getSingleResult();
            throw new StaleItemException(item.getId(), expectedVersion, current);
        }
    }

    /** Refuses an unknown member, from the cached standings: votes and reactions check theirs at each write. */
    private void requireMember(long id, String field) {
        if (standings.of(id).isEmpty()) {
            throw new InvalidItemException(field, "No member has id " + id);
        }
    }

    private Member member(long id, String field) {
        Member member = em.find(Member.class, id);
        if (member == null) {
            throw new InvalidItemException(field, "No member has id " + id);
        }
        return member;
    }

    private boolean exists(long id) {
        return !em.createQuery("SELECT i.id FROM StoredItem i WHERE i.id = :id", Long.class)
                .setParameter("id", id).getResultList().isEmpty();
    }

    /** Makes the attribute index match the item's attributes, row by row. */
    private void indexAttributes(long itemId, StoredAttributes attributes) {
        Map<String, String> missing = new HashMap<>(attributes.texts());
        em.createQuery("SELECT a FROM ItemAttribute a WHERE a.itemId = :id", ItemAttribute.class)
                .setParameter("id", itemId)
                .getResultList()
                .forEach(row -> {
                    String text = missing.remove(row.name());
                    if (text == null) {
                        em.remove(row);
                    } else {
                        row.change(text);
                    }
                });
        missing.forEach((name, text) -> em.persist(new ItemAttribute(itemId, name, text)));
    }

    private Item toItem(StoredItem item) {
        return toItems(List.of(item)).get(0);
    }

    /** The items with their reaction counts, counted for all of them at once. */
    private List<Item> toItems(List<StoredItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, Long>> reactions = new HashMap<>();
        em.createQuery("SELECT r.itemId, r.kind, COUNT(r) FROM ItemReaction r WHERE r.itemId IN :ids"
                        + " GROUP BY r.itemId, r.kind", Object[].class)
                .setParameter("ids", items.stream().map(StoredItem::getId).toList())
                .getResultList()
                .forEach(row -> reactions.computeIfAbsent((Long) row[0], k -> new HashMap<>())
                        .put((String) row[1], (Long) row[2]));
        return items.stream().map(item -> item.toItem(reactions.getOrDefault(item.getId(), Map.of()))).toList();
    }

    // PostgreSQL keeps microseconds: an item returned now must equal the same item read back later.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
