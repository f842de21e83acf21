package org.symbiose.plugins.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.api.member.Role;

class CategoryLineTest {

    private static Category category(long id, Long parent, String name, int position, String read) {
        return new Category(id, parent, name, "", position, null, false, CategoryAccess.of(Map.of("read", read)), 1);
    }

    private final CategoryTree tree = new CategoryTree(List.of(
            category(1, null, "General", 1, "anyone"),
            category(2, 1L, "Off topic", 1, "anyone"),
            category(3, 2L, "Jokes", 0, "anyone"),
            category(4, 1L, "Help", 0, "anyone"),
            category(5, null, "Staff room", 2, "moderator"),
            category(6, 5L, "Open door", 0, "anyone")));

    @Test
    void eachCategoryComesUnderItsParentOneLevelDeeper() {
        List<CategoryLine> lines = CategoryLine.of(tree.readableBy(RankTest.member(Role.MODERATOR)));
        assertEquals(List.of("General", "Help", "Off topic", "Jokes", "Staff room", "Open door"),
                lines.stream().map(CategoryLine::name).toList());
        assertEquals(List.of(0, 1, 1, 2, 0, 1), lines.stream().map(CategoryLine::depth).toList());
        assertEquals("moderator", lines.get(5).read());
    }

    @Test
    void aViewerReadsOnlyTheLinesOfCategoriesTheyMayRead() {
        assertEquals(List.of(1L, 4L, 2L, 3L), CategoryLine.of(tree.readableBy(Viewer.visitor())).stream()
                .map(CategoryLine::id).toList());
    }
}
