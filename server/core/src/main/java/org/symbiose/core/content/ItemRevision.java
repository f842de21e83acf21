package org.symbiose.core.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.symbiose.api.content.Revision;
import org.symbiose.core.member.Member;

/** An item's content as it was at one version, kept when an edit replaced it. */
@Entity
@Table(name = "item_revision")
@IdClass(ItemRevision.Key.class)
class ItemRevision {

    @Id
    @Column(name = "item_id")
    private long itemId;

    @Id
    private long version;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    // space-separated: tags never contain spaces
    @Column(nullable = false)
    private String tags;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "editor_id")
    private Member editor;

    @Column(nullable = false)
    private Instant edited;

    protected ItemRevision() {
    }

    ItemRevision(long itemId, long version, String title, String body, Collection<String> tags, Member editor,
            Instant edited) {
        this.itemId = itemId;
        this.version = version;
        this.title = title;
        this.body = body;
        this.tags = String.join(" ", tags);
        this.editor = editor;
        this.edited = edited;
    }

    Revision toRevision() {
        List<String> tagList = tags.isEmpty() ? List.of() : Arrays.asList(tags.split(" "));
        return new Revision(version, title, body, tagList, editor.ref(), edited);
    }

    /** The primary key: an item at one version. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long itemId;
        private long version;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && itemId == key.itemId && version == key.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, version);
        }
    }
}
