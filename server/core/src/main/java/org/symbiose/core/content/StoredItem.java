package org.symbiose.core.content;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.core.member.Member;
import org.symbiose.core.persistence.Ids;

/** An item as stored in the {@code item} table, with its tags. */
@Entity
@Table(name = "item")
class StoredItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(nullable = false)
    private String type;

    @Column(nullable = false)
    private String plugin;

    // an id, not a relation: loading an item must not load its ancestors
    @Column(name = "parent_id")
    private Long parentId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Member author;

    @Column(name = "editor_id", nullable = false)
    private long editorId;

    @Column(nullable = false)
    private Instant edited;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(nullable = false)
    private String attributes;

    @ElementCollection
    @CollectionTable(name = "item_tag", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "tag")
    private Set<String> tags = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemStatus status;

    @Version
    private long version;

    // written only by the store's score update, which leaves the version alone: votes are not edits
    @Column(nullable = false)
    private long score;

    // written only by the store's vote, in the database: see Trend
    @Column(nullable = false, insertable = false, updatable = false)
    private double trend = Trend.NONE;

    @Column(nullable = false)
    private Instant created;

    @Column(nullable = false)
    private Instant updated;

    // bumped by the store's activity update when a child is published, which leaves the version alone
    @Column(nullable = false)
    private Instant activity;

    protected StoredItem() {
    }

    StoredItem(String type, String plugin, Long parentId, Member author, ItemStatus status, Instant now) {
        this.type = type;
        this.plugin = plugin;
        this.parentId = parentId;
        this.author = author;
        this.status = status;
        this.created = now;
        this.updated = now;
        this.activity = now;
    }

    /** Applies new content; on an edit, the caller keeps the previous content as a revision first. */
    void changeContent(ContentChange change, long editor, Instant now) {
        if (change.title() != null) {
            title = change.title();
        }
        if (change.body() != null) {
            body = change.body();
            bodyHtml = change.bodyHtml();
        }
        if (change.tags() != null) {
            tags.retainAll(change.tags());
            tags.addAll(change.tags());
        }
        if (change.attributes() != null) {
            attributes = change.attributes().json();
        }
        editorId = editor;
        edited = now;
        updated = now;
    }

    Long getParentId() {
        return parentId;
    }

    void moveUnder(Long newParentId, Instant now) {
        parentId = newParentId;
        updated = now;
    }

    void changeStatus(ItemStatus newStatus, Instant now) {
        status = newStatus;
        updated = now;
    }

    /** Makes it active now: published, for a type that is active by its own publication. */
    void activeAt(Instant now) {
        activity = now;
    }

    /** The current content, as the revision that will remember it. */
    ItemRevision revision(Member editor) {
        return new ItemRevision(id, version, title, body, tags.stream().sorted().toList(), editor, edited);
    }

    Item toItem(Map<String, Long> reactions) {
        return new Item(id, type, plugin, parentId, author.ref(), title, body, bodyHtml, tags.stream().sorted().toList(),
                StoredAttributes.read(attributes), status, version, reactions, score, created, updated, activity);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getType() {
        return type;
    }

    ItemStatus getStatus() {
        return status;
    }

    long getEditorId() {
        return editorId;
    }

    double getTrend() {
        return trend;
    }
}
