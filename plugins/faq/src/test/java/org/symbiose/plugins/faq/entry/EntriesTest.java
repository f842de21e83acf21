package org.symbiose.plugins.faq.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.faq.FaqWorld;
import org.symbiose.plugins.faq.section.SectionInput;

class EntriesTest {

    private final FaqWorld world = new FaqWorld();

    @Test
    void aDraftIsReviewedThenPublishedByAnEditor() {
        Entry draft = world.entries.create(new EntryInput("How?", "Like this", "en", null), FaqWorld.WRITER);
        assertEquals(EntryState.DRAFT, draft.state());
        assertEquals(FaqWorld.WRITER, draft.owner().id());
        assertTrue(world.entries.find(draft.id(), null).isEmpty(), "a visitor does not see a draft");
        assertTrue(world.entries.find(draft.id(), FaqWorld.READER).isEmpty());

        Entry review = edit(draft, FaqWorld.WRITER, EntryState.IN_REVIEW);
        assertEquals(EntryState.IN_REVIEW, review.state());
        assertEquals(org.symbiose.api.content.ItemStatus.HIDDEN, world.store.find(review.id()).orElseThrow().status(),
                "kept out of the core's listings and search");
        assertEquals(List.of(review.id()), world.entries.list(EntryState.IN_REVIEW, null, null, 10, FaqWorld.EDITOR)
                .items().stream().map(Entry::id).toList());
        assertTrue(world.entries.list(EntryState.DRAFT, null, null, 10, FaqWorld.EDITOR).items().isEmpty());
        assertEquals(ProblemType.FORBIDDEN, assertThrows(ProblemException.class,
                () -> edit(review, FaqWorld.WRITER, EntryState.PUBLISHED)).type());
        Entry published = edit(review, FaqWorld.EDITOR, EntryState.PUBLISHED);
        assertEquals(world.clock.instant(), published.reviewedAt());
        assertTrue(world.entries.find(draft.id(), null).isPresent());
        assertEquals(ProblemType.FORBIDDEN, assertThrows(ProblemException.class,
                () -> edit(published, FaqWorld.WRITER, null)).type(), "a published entry is the editors'");
    }

    @Test
    void badInputWritesNothing() {
        for (EntryInput bad : List.of(new EntryInput("", "A", "en", null), new EntryInput("Q", " ", "en", null),
                new EntryInput("Q", "A", "de", null), new EntryInput("q".repeat(301), "A", "en", null),
                new EntryInput("Q", "a".repeat(100_001), "en", null))) {
            assertEquals(ProblemType.VALIDATION, assertThrows(ProblemException.class,
                    () -> world.entries.create(bad, FaqWorld.WRITER)).type());
        }
        EntryInput applies = new EntryInput("Q", "A", "en", null);
        applies.appliesTo = "v".repeat(201);
        assertThrows(ProblemException.class, () -> world.entries.create(applies, FaqWorld.WRITER));
        assertEquals(ProblemType.FORBIDDEN, assertThrows(ProblemException.class,
                () -> world.entries.create(new EntryInput("Q", "A", "en", null), FaqWorld.READER)).type());
        assertEquals(0, world.store.size());
    }

    @Test
    void translationsLinkBothWaysAcrossLanguagesOnly() {
        Entry english = published("en");
        Entry french = published("fr");
        Entry otherEnglish = published("en");
        ProblemException same = assertThrows(ProblemException.class,
                () -> world.entries.link(english.id(), otherEnglish.id(), FaqWorld.EDITOR));
        assertEquals(ProblemType.UNPROCESSABLE, same.type());
        assertNull(world.entries.require(english.id(), null).translationId(), "nothing written");

        world.entries.link(english.id(), french.id(), FaqWorld.EDITOR);
        assertEquals(french.id(), world.entries.require(english.id(), null).translationId());
        Translation translation = world.entries.translation(world.entries.require(french.id(), null), null);
        assertEquals(english.id(), translation.id());
        assertEquals("en", translation.language());

        Entry otherFrench = published("fr");
        world.entries.link(otherEnglish.id(), otherFrench.id(), FaqWorld.EDITOR);
        world.entries.link(english.id(), otherFrench.id(), FaqWorld.EDITOR);
        assertNull(world.entries.require(french.id(), null).translationId(), "the former translation is unlinked");
        assertNull(world.entries.require(otherEnglish.id(), null).translationId());
        world.entries.unlink(otherFrench.id(), FaqWorld.EDITOR);
        assertNull(world.entries.require(english.id(), null).translationId());
    }

    @Test
    void anEarlierRevisionIsRestored() {
        Entry entry = published("en");
        EntryInput change = new EntryInput();
        change.answer = "Wrong";
        Entry changed = world.entries.edit(entry.id(), entry.version(), change, FaqWorld.EDITOR);
        long first = world.entries.revisions(entry.id(), FaqWorld.EDITOR).stream()
                .filter(r -> r.body().equals("Answer")).findFirst().orElseThrow().version();
        Entry restored = world.entries.restore(entry.id(), changed.version(), first, FaqWorld.EDITOR);
        assertEquals("Answer", restored.answer());
        assertEquals(ProblemType.NOT_FOUND, assertThrows(ProblemException.class,
                () -> world.entries.restore(entry.id(), restored.version(), 999, FaqWorld.EDITOR)).type());
        assertEquals(ProblemType.FORBIDDEN, assertThrows(ProblemException.class,
                () -> world.entries.revisions(entry.id(), FaqWorld.READER)).type());
    }

    @Test
    void aSectionListsItsPublishedEntriesInTheirOrder() {
        long section = world.sections.create(new SectionInput(null, Map.of("en", "S"), null), FaqWorld.EDITOR).id();
        EntryInput second = new EntryInput("Second", "A", "en", EntryState.PUBLISHED);
        second.sectionId = section;
        second.position = 2;
        EntryInput first = new EntryInput("First", "A", "fr", EntryState.PUBLISHED);
        first.sectionId = section;
        first.position = 1;
        EntryInput draft = new EntryInput("Draft", "A", "en", null);
        draft.sectionId = section;
        world.entries.create(second, FaqWorld.EDITOR);
        world.entries.create(first, FaqWorld.EDITOR);
        world.entries.create(draft, FaqWorld.EDITOR);
        assertEquals(List.of("First", "Second"),
                world.entries.inSection(section, null).stream().map(Entry::question).toList());
        assertEquals(List.of("Second"), world.entries.inSection(section, "en").stream().map(Entry::question).toList());
        assertEquals(ProblemType.FORBIDDEN, assertThrows(ProblemException.class,
                () -> world.entries.list(EntryState.DRAFT, null, null, 10, FaqWorld.READER)).type());
        assertEquals(1, world.entries.list(EntryState.DRAFT, null, null, 10, FaqWorld.WRITER).items().size());
    }

    @Test
    void theOwnerOrAnEditorMarksAnEntryReviewed() {
        Entry entry = published("en");
        world.clock.advance(java.time.Duration.ofDays(400));
        assertEquals(ProblemType.FORBIDDEN, assertThrows(ProblemException.class,
                () -> world.entries.markReviewed(entry.id(), FaqWorld.READER)).type());
        Entry reviewed = world.entries.markReviewed(entry.id(), FaqWorld.EDITOR);
        assertEquals(world.clock.instant(), reviewed.reviewedAt());
        assertNotNull(reviewed.owner());
        assertFalse(reviewed.appliesTo() == null);
    }

    private Entry published(String language) {
        return world.entries.create(new EntryInput("Question " + language, "Answer", language, EntryState.PUBLISHED),
                FaqWorld.EDITOR);
    }

    private Entry edit(Entry entry, long actor, EntryState state) {
        EntryInput input = new EntryInput();
        input.state = state;
        input.answer = state == null ? "Edited" : null;
        return world.entries.edit(entry.id(), entry.version(), input, actor);
    }
}
