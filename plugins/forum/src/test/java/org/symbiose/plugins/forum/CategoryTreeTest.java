package org.symbiose.plugins.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.api.member.Role;

class CategoryTreeTest {

    private static Category category(long id, Long parent, String name, int position, String read) {
        return new Category(id, parent, name, "", position, null, false, CategoryAccess.of(Map.of("read", read)), 1);
    }

    private final CategoryTree tree = new CategoryTree(List.of(
            category(1, null, "General", 2, "anyone"),
            category(2, null, "Announcements", 1, "anyone"),
            category(3, 1L, "Off topic", 0, "anyone"),
            category(4, null, "Staff room", 3, "moderator"),
            category(5, 4L, "Open door", 0, "anyone"),
            category(6, 99L, "Orphan", 0, "anyone")));

    @Test
    void categoriesNestAndFollowTheirPositions() {
        List<CategoryNode> top = tree.readableBy(RankTest.member(Role.ADMINISTRATOR));
        assertEquals(List.of("Orphan", "Announcements", "General", "Staff room"), top.stream().map(CategoryNode::name).toList());
        assertEquals(List.of("Off topic"), top.get(2).children().stream().map(CategoryNode::name).toList());
    }

    @Test
    void aPrivateCategoryAndItsChildrenAreHiddenFromThoseBelow() {
        assertEquals(List.of(6L, 2L, 1L), tree.readableBy(RankTest.member(Role.MEMBER)).stream().map(CategoryNode::id).toList());
        assertEquals(java.util.Set.of(4L, 5L), tree.unreadableBy(Viewer.visitor()));
        assertEquals(Rank.MODERATOR, tree.effectiveAccess(5).orElseThrow().read());
        assertTrue(tree.node(5, RankTest.member(Role.MODERATOR)).isPresent());
        assertFalse(tree.node(5, RankTest.member(Role.MEMBER)).isPresent());
    }

    @Test
    void aCategoryCannotMoveUnderItsOwnDescendant() {
        assertTrue(tree.encloses(1, 3));
        assertTrue(tree.encloses(3, 3));
        assertFalse(tree.encloses(3, 1));
    }

    @Test
    void aParentCycleNeitherLoopsNorShows() {
        CategoryTree cycle = new CategoryTree(List.of(category(1, 2L, "A", 0, "anyone"), category(2, 1L, "B", 0, "member")));
        assertEquals(List.of(), cycle.readableBy(Viewer.visitor()));
        assertTrue(cycle.effectiveAccess(1).isPresent());
    }
}
