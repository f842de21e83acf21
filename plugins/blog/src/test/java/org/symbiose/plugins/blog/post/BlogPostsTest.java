package org.symbiose.plugins.blog.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symbiose.plugins.blog.testing.Blogging.AUTHOR;
import static org.symbiose.plugins.blog.testing.Blogging.EDITOR;
import static org.symbiose.plugins.blog.testing.Blogging.MANAGER;
import static org.symbiose.plugins.blog.testing.Blogging.READER;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.blog.Imported;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.blog.BlogInput;
import org.symbiose.plugins.blog.blog.BlogRole;
import org.symbiose.plugins.blog.blog.TeamMember;
import org.symbiose.plugins.blog.testing.Blogging;

class BlogPostsTest {

    private final Blogging world = new Blogging();
    private Blog blog;

    @BeforeEach
    void aBlogWithItsTeam() {
        BlogInput input = new BlogInput();
        input.name = "news";
        input.title = "News";
        input.official = true;
        input.reviewRequired = true;
        blog = world.blogs.create(input, MANAGER);
        world.blogs.setTeam(blog, List.of(new TeamMember(MANAGER, "", BlogRole.OWNER),
                new TeamMember(EDITOR, "", BlogRole.EDITOR), new TeamMember(AUTHOR, "", BlogRole.AUTHOR)), MANAGER);
    }

    @Test
    void aDraftIsTheTeams() {
        BlogPost draft = world.posts.create(blog, new PostInput("Hello world", "Body", null), AUTHOR);
        assertEquals(PostState.DRAFT, draft.state());
        assertEquals(ItemStatus.HIDDEN, draft.status());
        assertEquals("hello-world", draft.slug());
        assertTrue(world.posts.find(draft.id(), EDITOR).isPresent());
        assertFalse(world.posts.find(draft.id(), READER).isPresent());
        assertFalse(world.posts.find(draft.id(), null).isPresent());
        assertTrue(world.posts.published(blog, null, 20).items().isEmpty());
        assertEquals(List.of(draft.id()), world.posts.unpublished(blog, EDITOR, null, 20).items().stream()
                .map(BlogPost::id).toList());
        assertTrue(world.posts.unpublished(blog, READER, null, 20).items().isEmpty());
    }

    @Test
    void outsidersDoNotWrite() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> world.posts.create(blog, new PostInput("Mine", "", null), READER));
        assertEquals(ProblemType.FORBIDDEN, refused.type());
        assertEquals(1, world.store.size(), "only the blog");
    }

    @Test
    void aTakenSlugIsAConflictAndWritesNothing() {
        world.posts.create(blog, new PostInput("Hello", "", null), AUTHOR);
        assertEquals("hello-2", world.posts.create(blog, new PostInput("Hello", "", null), AUTHOR).slug());
        PostInput clash = new PostInput("Other", "", null);
        clash.slug = "hello";
        assertEquals(ProblemType.CONFLICT, assertThrows(ProblemException.class,
                () -> world.posts.create(blog, clash, AUTHOR)).type());
        assertEquals(3, world.store.size());
    }

    @Test
    void anAuthorSubmitsAndAnEditorSchedulesThenTheClockPublishes() {
        BlogPost draft = world.posts.create(blog, new PostInput("Launch", "Soon", null), AUTHOR);
        PostInput publish = new PostInput(null, null, PostState.PUBLISHED);
        assertEquals(ProblemType.FORBIDDEN, assertThrows(ProblemException.class,
                () -> world.posts.edit(draft.id(), draft.version(), publish, AUTHOR)).type());
        BlogPost submitted = world.posts.edit(draft.id(), draft.version(), new PostInput(null, null, PostState.IN_REVIEW),
                AUTHOR);
        assertEquals(PostState.IN_REVIEW, submitted.state());

        Instant due = world.clock.instant().plus(Duration.ofMinutes(10));
        PostInput schedule = new PostInput(null, null, PostState.PUBLISHED);
        schedule.publishAt = due;
        BlogPost scheduled = world.posts.edit(draft.id(), submitted.version(), schedule, EDITOR);
        assertEquals(PostState.SCHEDULED, scheduled.state());
        assertEquals(ItemStatus.HIDDEN, scheduled.status());

        assertEquals(0, world.posts.publishDue(world.clock.instant(), 100).published());
        assertFalse(world.posts.find(draft.id(), null).isPresent());
        world.clock.advance(Duration.ofMinutes(10));
        assertEquals(1, world.posts.publishDue(world.clock.instant(), 100).published());
        BlogPost out = world.posts.find(draft.id(), null).orElseThrow();
        assertEquals(PostState.PUBLISHED, out.state());
        assertEquals(due, out.publishAt());
        assertEquals(List.of(draft.id()), world.posts.published(blog, null, 20).items().stream().map(BlogPost::id).toList());
        assertEquals(1, world.posts.byMonth(blog, YearMonth.of(2026, 12), null, 20).items().size());
        assertEquals(0, world.posts.publishDue(world.clock.instant(), 100).published(), "once only");

        // a moderator hides it; the team's next edit must not schedule it out again
        var hidden = world.store.changeStatus(draft.id(), out.version(), ItemStatus.HIDDEN, MANAGER);
        world.posts.edit(draft.id(), hidden.version(), new PostInput("Launch, fixed", null, null), EDITOR);
        world.clock.advance(Duration.ofMinutes(1));
        assertEquals(0, world.posts.publishDue(world.clock.instant(), 100).published());
        assertFalse(world.posts.find(draft.id(), null).isPresent(), "still hidden");
    }

    @Test
    void aPostListsByWhenItCameOutNotWhenItWasWritten() {
        BlogPost early = world.posts.create(blog, new PostInput("Written first", "", null), EDITOR);
        world.clock.advance(Duration.ofMinutes(1));
        BlogPost second = world.posts.create(blog, new PostInput("Out first", "", PostState.PUBLISHED), EDITOR);
        world.clock.advance(Duration.ofMinutes(1));
        BlogPost third = world.posts.create(blog, new PostInput("Out second", "", PostState.PUBLISHED), EDITOR);
        world.clock.advance(Duration.ofMinutes(1));
        world.posts.edit(early.id(), early.version(), new PostInput(null, null, PostState.PUBLISHED), EDITOR);
        world.clock.advance(Duration.ofMinutes(1));
        world.comments.add(second.id(), null, "Comments do not move a post up", READER);

        var first = world.posts.published(blog, null, 2);
        assertEquals(List.of(early.id(), third.id()), first.items().stream().map(BlogPost::id).toList());
        assertEquals(List.of(second.id()), world.posts.published(blog, first.next(), 2).items().stream()
                .map(BlogPost::id).toList());
    }

    @Test
    void aPastDateIsRefusedWhereTheBlogForbidsIt() {
        PostInput past = new PostInput("Backdated", "", PostState.PUBLISHED);
        past.publishAt = world.clock.instant().minus(Duration.ofDays(3));
        assertEquals("publishAt", assertThrows(ProblemException.class,
                () -> world.posts.create(blog, past, EDITOR)).field());
        assertEquals(1, world.store.size());
    }

    @Test
    void aNewSlugKeepsTheOldAddressRedirecting() {
        BlogPost post = world.posts.create(blog, new PostInput("First title", "", PostState.PUBLISHED), EDITOR);
        PostInput rename = new PostInput("Second title", null, null);
        rename.slug = "second-title";
        BlogPost renamed = world.posts.edit(post.id(), post.version(), rename, EDITOR);
        assertEquals(PostState.PUBLISHED, renamed.state());
        PermalinkMatch old = world.posts.bySlug(blog, 2026, 12, "first-title", null).orElseThrow();
        assertFalse(old.current());
        assertEquals("/p/blog/news/2026/12/second-title", Permalinks.path(blog.name(), old.post()));
        assertTrue(world.posts.bySlug(blog, 2026, 12, "second-title", null).orElseThrow().current());
        assertFalse(world.posts.bySlug(blog, 2026, 11, "second-title", null).orElseThrow().current());
        assertEquals(List.of("First title"), world.posts.revisions(post.id(), EDITOR).stream().map(r -> r.title()).toList());
        BlogPost restored = world.posts.restore(post.id(), renamed.version(), post.version(), EDITOR);
        assertEquals("First title", restored.title());
        assertEquals("second-title", restored.slug(), "a restore brings back the content, not the address");
    }

    @Test
    void categoriesAndTagsList() {
        PostInput input = new PostInput("Filed", "", PostState.PUBLISHED);
        input.categories = List.of("Product news", "product-news", "Fêtes");
        input.tags = List.of("Launch");
        BlogPost post = world.posts.create(blog, input, EDITOR);
        assertEquals(List.of("Product news", "Fêtes"), post.categories());
        assertEquals(List.of(post.id()), world.posts.byCategory(blog, "fetes", null, 20).items().stream()
                .map(BlogPost::id).toList());
        assertEquals(1, world.posts.byTag(null, "launch", null, 20).items().size());
        assertEquals(List.of("fetes", "product-news"), world.posts.categories(blog).stream().map(Category::slug).toList());
    }

    @Test
    void anImportIsIdempotent() {
        ImportedPost old = new ImportedPost("wp-7", AUTHOR, "Old times", "Then", "", List.of("History"), List.of(),
                "old-times", PostState.PUBLISHED, Instant.parse("2015-05-01T10:00:00Z"), java.util.Map.of());
        Imported<BlogPost> first = world.posts.importPost(blog, old, MANAGER);
        Imported<BlogPost> again = world.posts.importPost(blog, old, MANAGER);
        assertTrue(first.created());
        assertFalse(again.created());
        assertEquals(first.value().id(), again.value().id());
        assertEquals(Instant.parse("2015-05-01T10:00:00Z"), first.value().date());
        assertEquals(AUTHOR, first.value().author().id());
        assertTrue(world.posts.bySlug(blog, 2015, 5, "old-times", null).orElseThrow().current());
    }
}
