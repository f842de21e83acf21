package org.symbiose.api.content;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Creates, reads, lists, changes and removes items. Each method runs in its own transaction
 * (or joins the caller's): on any exception nothing was written.
 *
 * <p>The store checks content rules (sizes, types, parents, versions); who may do what is the
 * caller's decision.
 */
@ProviderType
public interface ContentStore {

    /** Longest title, in characters. */
    int MAX_TITLE = 300;
    /** Longest Markdown body, in characters. */
    int MAX_BODY = 100_000;
    /** Most tags on one item. */
    int MAX_TAGS = 20;
    /** Longest tag, in characters. */
    int MAX_TAG = 50;
    /** Largest attributes object, in characters of JSON. */
    int MAX_ATTRIBUTES = 20_000;

    /**
     * Stores a new item written by {@code authorId}.
     *
     * @throws InvalidItemException if the draft breaks a content rule
     */
    Item create(ItemDraft draft, long authorId);

    /** The item with this id, in whatever status. */
    Optional<Item> find(long id);

    /** One page of the items the query selects, in its order. */
    ItemPage query(ItemQuery query);

    /**
     * Changes an item's content and keeps the previous content as a revision.
     *
     * @param expectedVersion the version the caller read
     * @throws ItemNotFoundException if there is no such item
     * @throws StaleItemException    if the item is no longer at {@code expectedVersion}
     * @throws InvalidItemException  if the change breaks a content rule
     */
    Item edit(long id, long expectedVersion, ItemEdit edit, long editorId);

    /**
     * Moves an item to another status (publish, hide, delete, restore).
     *
     * @throws ItemNotFoundException     if there is no such item
     * @throws StaleItemException        if the item is no longer at {@code expectedVersion}
     * @throws DeletionRefusedException  if the new status is deleted and a plugin refuses it
     */
    Item changeStatus(long id, long expectedVersion, ItemStatus status, long actorId);

    /**
     * Puts an item under another parent (a topic into another category, replies into another
     * topic), or at the top with {@code null}. Its content is unchanged and no revision is kept.
     *
     * @throws ItemNotFoundException if there is no such item
     * @throws StaleItemException    if the item is no longer at {@code expectedVersion}
     * @throws InvalidItemException  on field {@code parentId} if the parent does not exist or is the
     *                               item itself or one of its descendants; or if the item's type refuses
     */
    Item move(long id, long expectedVersion, Long parentId, long actorId);

    /**
     * Markdown as the store would render it, sanitized, without storing anything: for previews.
     *
     * @throws InvalidItemException if the text breaks the body's rules (too long, too complex)
     */
    String render(String markdown);

    /** The earlier contents of an item, newest first. */
    List<Revision> revisions(long id);

    /**
     * Records that a member reacted to an item with {@code kind} (for example {@code like});
     * reacting twice with the same kind counts once.
     */
    Item react(long id, long memberId, String kind);

    /** Takes back a member's reaction; no effect if there was none. */
    Item unreact(long id, long memberId, String kind);

    /**
     * Records a member's vote on an item: +1, -1, or 0 to take the vote back.
     *
     * @throws InvalidItemException if {@code value} is not -1, 0 or 1
     */
    Item vote(long id, long memberId, int value);

    /**
     * Runs {@code work} in one transaction: the writes of every call it makes to this store and to
     * the other core services (plugin data, audit log, notifications) are kept together if it
     * returns, and none of them if it throws. For changes made of several writes, such as moving
     * a set of replies into a new topic.
     *
     * @return what {@code work} returned
     */
    <T> T inOneTransaction(Supplier<T> work);

    /**
     * Runs {@code work} as {@link #inOneTransaction} does, in a transaction it may share with the
     * work of other callers arriving at the same time: for small writes that many members make at
     * once (votes, answers), so that one commit, the costly part of a few writes, serves them all.
     * Returns once the transaction holding the work's writes committed, so an acknowledged write
     * is kept as with {@link #inOneTransaction}.
     *
     * <p>Each caller's work stays its own: if it throws, the caller gets its exception and none of
     * its writes is kept, while the others' are. To that end a shared transaction that fails is
     * rolled back and each of its works run again alone, so {@code work} may run more than once
     * and on another caller's thread: it must depend only on what it captured and on the
     * server's services (no thread-bound state such as the caller's security context), and have
     * no effect outside them. Called inside a transaction already, it runs in that one.
     *
     * @return what {@code work} returned
     * @since 1.6
     */
    <T> T inGroupCommit(Supplier<T> work);
}
