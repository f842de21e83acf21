package org.symbiose.core.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One attribute of an item, its value as text: the row queries filter on. */
@Entity
@Table(name = "item_attribute")
@IdClass(ItemAttribute.Key.class)
class ItemAttribute {

    /** How much of a value the lookup index holds. */
    static final int PREFIX = 100;

    @Id
    @Column(name = "item_id")
    private long itemId;

    @Id
    private String name;

    @Column(name = "value_prefix", nullable = false)
    private String valuePrefix;

    @Column(name = "text_value", nullable = false)
    private String textValue;

    protected ItemAttribute() {
    }

    ItemAttribute(long itemId, String name, String text) {
        this.itemId = itemId;
        this.name = name;
        change(text);
    }

    /** The start of {@code text} that the lookup index holds. */
    static String prefix(String text) {
        if (text.length() <= PREFIX) {
            return text;
        }
        // never half a surrogate pair: the database would store a replacement character instead
        return text.substring(0, Character.isHighSurrogate(text.charAt(PREFIX - 1)) ? PREFIX - 1 : PREFIX);
    }

    void change(String text) {
        textValue = text;
        valuePrefix = prefix(text);
    }

    String name() {
        return name;
    }

    /** The primary key: an item's attribute name. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long itemId;
        private String name;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && itemId == key.itemId && name.equals(key.name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, name);
        }
    }
}
