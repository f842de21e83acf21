package org.symbiose.plugins.forum;

import java.util.List;

/**
 * A category in the tree as one viewer sees it.
 *
 * @param id          the category id
 * @param parentId    the enclosing category, or null at the top
 * @param position    its place among its siblings
 * @param version     the version to name when editing it
 * @param name        its name
 * @param description its description, sanitized HTML
 * @param colour      {@code #rrggbb}, or null
 * @param qa          whether it is a questions-and-answers category
 * @param read        who may read it, with its parents' restrictions
 * @param start       who may start topics
 * @param reply       who may reply
 * @param moderate    who moderates
 * @param children    its subcategories the viewer may read, in order
 */
public record CategoryNode(long id, Long parentId, int position, long version, String name, String description, String colour, boolean qa, String read,
        String start, String reply, String moderate, List<CategoryNode> children) {

    public CategoryNode {
        children = List.copyOf(children);
    }
}
