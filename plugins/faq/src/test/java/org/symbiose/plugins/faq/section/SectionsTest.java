package org.symbiose.plugins.faq.section;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.faq.FaqWorld;

class SectionsTest {

    private final FaqWorld world = new FaqWorld();

    @Test
    void theTreeIsDepthFirstInTheManualOrder() {
        Section second = create(null, "Second", 2);
        Section first = create(null, "First", 1);
        Section child = create(first.id(), "Child", 0);
        assertEquals(List.of(first.id(), child.id(), second.id()),
                world.sections.tree().stream().map(Section::id).toList());
        assertEquals(1, world.sections.require(child.id()).depth());
        assertEquals("Premier", world.sections.require(first.id()).titleIn("fr"));
    }

    @Test
    void aSectionCannotGoInsideItselfNorItsDescendants() {
        Section top = create(null, "Top", 0);
        Section child = create(top.id(), "Child", 0);
        Section grandchild = create(child.id(), "Grandchild", 0);
        for (long parent : new long[] {top.id(), grandchild.id()}) {
            SectionInput move = new SectionInput(parent, null, null);
            ProblemException refused = assertThrows(ProblemException.class,
                    () -> world.sections.edit(top.id(), top.version(), move, FaqWorld.EDITOR));
            assertEquals(ProblemType.CONFLICT, refused.type());
        }
        assertEquals(null, world.sections.require(top.id()).parentId(), "nothing written");
    }

    @Test
    void onlyEditorsArrangeSectionsAndTitlesAreChecked() {
        SectionInput input = new SectionInput(null, Map.of("en", "Top"), null);
        assertEquals(ProblemType.FORBIDDEN, assertThrows(ProblemException.class,
                () -> world.sections.create(input, FaqWorld.WRITER)).type());
        for (Map<String, String> titles : List.of(Map.<String, String>of(), Map.of("de", "Oben"), Map.of("en", " "),
                Map.of("en", "x".repeat(301)))) {
            assertEquals(ProblemType.VALIDATION, assertThrows(ProblemException.class,
                    () -> world.sections.create(new SectionInput(null, titles, null), FaqWorld.EDITOR)).type());
        }
        assertEquals(ProblemType.NOT_FOUND, assertThrows(ProblemException.class, () -> world.sections.create(
                new SectionInput(999L, Map.of("en", "Orphan"), null), FaqWorld.EDITOR)).type());
        assertEquals(0, world.store.size(), "nothing written");
    }

    @Test
    void typesAreNamedInTheReadersLanguage() {
        assertEquals("Rubrique de la FAQ", new SectionType().name(java.util.Locale.FRENCH));
        assertEquals("FAQ section", new SectionType().name(java.util.Locale.GERMAN));
        assertEquals("faq.section", new SectionType().key());
    }

    private Section create(Long parent, String title, int position) {
        Map<String, String> titles = title.equals("First") ? Map.of("en", title, "fr", "Premier") : Map.of("en", title);
        return world.sections.create(new SectionInput(parent, titles, position), FaqWorld.EDITOR);
    }
}
