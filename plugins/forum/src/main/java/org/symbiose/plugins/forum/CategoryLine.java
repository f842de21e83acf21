package org.symbiose.plugins.forum;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A category as one line of an indented list: the tree read depth first, each line with its
 * depth. Pages show the tree this way because Facelets builds a page's components before it reads
 * the data, so a page including itself for subcategories never ends.
 *
 * @param id          the category id
 * @param name        its name
 * @param description its description, sanitized HTML
 * @param colour      {@code #rrggbb}, or null
 * @param read        who may read it, with its parents' restrictions
 * @param depth       0 for the first level of the list, 1 for its subcategories…
 */
public record CategoryLine(long id, String name, String description, String colour, String read, int depth) {

    /** The categories of {@code tree} and all their subcategories, each under its parent. */
    public static List<CategoryLine> of(List<CategoryNode> tree) {
        List<CategoryLine> lines = new ArrayList<>();
        Deque<CategoryLine> pending = new ArrayDeque<>();
        Deque<List<CategoryNode>> childrenOf = new ArrayDeque<>();
        pushAll(tree, 0, pending, childrenOf);
        while (!pending.isEmpty()) {
            CategoryLine line = pending.pop();
            lines.add(line);
            pushAll(childrenOf.pop(), line.depth() + 1, pending, childrenOf);
        }
        return lines;
    }

    /** Pushes {@code nodes} so that the first one comes off the stack first. */
    private static void pushAll(List<CategoryNode> nodes, int depth, Deque<CategoryLine> pending,
            Deque<List<CategoryNode>> childrenOf) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            CategoryNode node = nodes.get(i);
            pending.push(new CategoryLine(node.id(), node.name(), node.description(), node.colour(), node.read(), depth));
            childrenOf.push(node.children());
        }
    }
}
