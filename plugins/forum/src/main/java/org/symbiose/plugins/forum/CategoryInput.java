package org.symbiose.plugins.forum;

import java.util.HashMap;
import java.util.Map;
import org.symbiose.api.content.InvalidItemException;

/** A category as community managers write it (request body of {@code POST/PUT categories}). */
public class CategoryInput {

    /** The name, required. */
    public String name;
    /** A description, Markdown, optional. */
    public String description;
    /** The enclosing category, or null at the top. */
    public Long parent;
    /** Its place among its siblings, smallest first; 0 if absent. */
    public Integer position;
    /** {@code #rrggbb}, optional. */
    public String colour;
    /** Whether its topics are questions. */
    public Boolean qa;
    /** Who reads: anyone, member, moderator, community-manager, administrator; anyone if absent. */
    public String read;
    /** Who starts topics; member if absent. */
    public String start;
    /** Who replies; member if absent. */
    public String reply;
    /** Who moderates; moderator if absent. */
    public String moderate;
    /** For an edit: the version read. */
    public Long version;

    /**
     * The attributes this input stores, checked against the current categories.
     *
     * @param selfId the category being edited, or null for a new one
     * @throws InvalidItemException naming the field at fault
     */
    Map<String, Object> attributes(CategoryTree tree, Long selfId) {
        if (name == null || name.isBlank()) {
            throw new InvalidItemException("name", "A category needs a name");
        }
        Map<String, Object> attributes = new HashMap<>();
        if (parent != null) {
            if (tree.find(parent).isEmpty()) {
                throw new InvalidItemException("parent", "No category has id " + parent);
            }
            if (selfId != null && tree.encloses(selfId, parent)) {
                throw new InvalidItemException("parent", "A category cannot sit inside itself");
            }
            attributes.put("parent", parent);
        }
        if (position != null && (position < 0 || position > 100_000)) {
            throw new InvalidItemException("position", "A position is between 0 and 100000");
        }
        attributes.put("position", position == null ? 0 : position);
        if (colour != null) {
            if (!colour.matches("#[0-9a-fA-F]{6}")) {
                throw new InvalidItemException("colour", "A colour reads #rrggbb");
            }
            attributes.put("colour", colour.toLowerCase());
        }
        attributes.put("qa", Boolean.TRUE.equals(qa));
        CategoryAccess access = new CategoryAccess(rank(read, "read", Rank.ANYONE), writeRank(start, "start"),
                writeRank(reply, "reply"), writeRank(moderate, "moderate"));
        attributes.putAll(access.attributes());
        return attributes;
    }

    private static Rank rank(String key, String field, Rank absent) {
        return key == null ? absent : Rank.of(key, field);
    }

    private static Rank writeRank(String key, String field) {
        Rank rank = rank(key, field, "moderate".equals(field) ? Rank.MODERATOR : Rank.MEMBER);
        if (rank == Rank.ANYONE) {
            throw new InvalidItemException(field, "Writing needs an account: say member or above");
        }
        return rank;
    }
}
