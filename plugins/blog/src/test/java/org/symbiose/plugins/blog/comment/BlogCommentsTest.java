package org.symbiose.plugins.blog.comment;

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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.content.StaleItemException;
import org.symbiose.api.member.Role;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.blog.BlogInput;
import org.symbiose.plugins.blog.blog.BlogRole;
import org.symbiose.plugins.blog.blog.TeamMember;
import org.symbiose.plugins.blog.post.BlogPost;
import org.symbiose.plugins.blog.post.PostInput;
import org.symbiose.plugins.blog.post.PostState;
import org.symbiose.plugins.blog.testing.Blogging;

class BlogCommentsTest {

    private final Blogging world = new Blogging();

    @Test
    void aCommentIsPublishedAndAnsweredOneLevelDeep() {
        BlogPost post = post(false, 0);
        BlogComment first = world.comments.add(post.id(), null, "Nice", READER);
        assertEquals(ItemStatus.PUBLISHED, first.status());
        BlogComment reply = world.comments.add(post.id(), first.id(), "Thanks", EDITOR);
        assertEquals(first.id(), reply.answers());
        assertEquals("answers", assertThrows(ProblemException.class,
                () -> world.comments.add(post.id(), reply.id(), "Deeper", READER)).field());
        assertEquals(List.of(first.id(), reply.id()), world.comments.list(post.id(), null, null, 20).items().stream()
                .map(BlogComment::id).toList());
    }

    @Test
    void aPremoderatedBlogHoldsCommentsForReview() {
        BlogPost post = post(true, 0);
        BlogComment held = world.comments.add(post.id(), null, "First!", READER);
        assertEquals(ItemStatus.PENDING_REVIEW, held.status());
        assertTrue(world.comments.list(post.id(), null, null, 20).items().isEmpty());
        assertEquals(1, world.comments.list(post.id(), READER, null, 20).items().size(), "its writer sees it");
        assertTrue(world.comments.list(post.id(), EDITOR, null, 20).items().isEmpty());
    }

    @Test
    void commentsCloseAfterTheBlogsDays() {
        BlogPost post = post(false, 7);
        world.clock.advance(Duration.ofDays(8));
        assertEquals(ProblemType.FORBIDDEN, assertThrows(ProblemException.class,
                () -> world.comments.add(post.id(), null, "Late", READER)).type());
    }

    @Test
    void draftsTakeNoComments() {
        Blog blog = blog(false, 0);
        BlogPost draft = world.posts.create(blog, new PostInput("Draft", "", null), EDITOR);
        assertEquals(ProblemType.NOT_FOUND, assertThrows(ProblemException.class,
                () -> world.comments.add(draft.id(), null, "Hi", READER)).type());
    }

    @Test
    void anImportKeepsGuestsThreadsAndApprovalOnce() {
        BlogPost post = post(false, 0);
        ImportedComment guest = new ImportedComment("c1", null, null, "Jane Doe", "Lovely",
                Instant.parse("2015-05-02T08:00:00Z"), true);
        BlogComment first = world.comments.importComment(post.id(), guest, MANAGER).value();
        assertEquals("Jane Doe", first.shownAuthor());
        assertEquals(Instant.parse("2015-05-02T08:00:00Z"), first.created());
        BlogComment answer = world.comments.importComment(post.id(), new ImportedComment("c2", first.id(), READER, null,
                "Agreed", null, true), MANAGER).value();
        BlogComment deeper = world.comments.importComment(post.id(), new ImportedComment("c3", answer.id(), null, "Bob",
                "Spam?", null, false), MANAGER).value();
        assertEquals(first.id(), deeper.answers(), "deeper threads hang from their first comment");
        assertEquals(ItemStatus.PENDING_REVIEW, deeper.status());
        assertFalse(world.comments.importComment(post.id(), guest, MANAGER).created());
    }

    @Test
    void authorsDeleteTheirCommentsForAWhileTheTeamAndModeratorsAlways() {
        BlogPost post = post(false, 0);
        BlogComment first = world.comments.add(post.id(), null, "Oops", READER);
        BlogComment second = world.comments.add(post.id(), null, "Second", READER);
        BlogComment reply = world.comments.add(post.id(), first.id(), "Answer", AUTHOR);
        assertEquals(ProblemType.FORBIDDEN, assertThrows(ProblemException.class,
                () -> world.comments.delete(first.id(), first.version(), AUTHOR)).type(), "another member");
        assertThrows(StaleItemException.class, () -> world.comments.delete(first.id(), first.version() + 5, READER));
        world.comments.delete(first.id(), first.version(), READER);
        world.comments.delete(first.id(), first.version(), READER);

        world.clock.advance(Duration.ofMinutes(31));
        ProblemException late = assertThrows(ProblemException.class,
                () -> world.comments.delete(second.id(), second.version(), READER));
        assertTrue(late.getMessage().contains("30 minutes"), late.getMessage());
        world.comments.delete(reply.id(), reply.version(), EDITOR);
        long moderator = world.community.member(9, Role.MODERATOR, 2);
        world.community.grant(moderator, "blog.moderate");
        world.comments.delete(second.id(), second.version(), moderator);

        assertTrue(world.comments.list(post.id(), null, null, 20).items().isEmpty(),
                "a deleted comment stays only while it has replies, and its reply is deleted too");
    }

    @Test
    void aDeletedCommentWithRepliesStaysEmptyAboveThem() {
        BlogPost post = post(false, 0);
        BlogComment first = world.comments.add(post.id(), null, "Secret", READER);
        BlogComment reply = world.comments.add(post.id(), first.id(), "Answer", AUTHOR);
        world.comments.delete(first.id(), first.version(), READER);
        var left = world.comments.list(post.id(), null, null, 20).items();
        assertEquals(List.of(first.id(), reply.id()), left.stream().map(BlogComment::id).toList());
        assertEquals(ItemStatus.DELETED, left.get(0).status());
        assertEquals("", left.get(0).body() + left.get(0).html(), "nothing of what it said");
    }

    private BlogPost post(boolean premoderated, int commentDays) {
        return world.posts.create(blog(premoderated, commentDays), new PostInput("Talk", "", PostState.PUBLISHED), EDITOR);
    }

    private Blog blog(boolean premoderated, int commentDays) {
        BlogInput input = new BlogInput();
        input.name = "talk";
        input.title = "Talk";
        input.official = true;
        input.premoderated = premoderated;
        input.commentDays = commentDays;
        Blog blog = world.blogs.create(input, MANAGER);
        world.blogs.setTeam(blog, List.of(new TeamMember(MANAGER, "", BlogRole.OWNER),
                new TeamMember(EDITOR, "", BlogRole.EDITOR)), MANAGER);
        return blog;
    }
}
