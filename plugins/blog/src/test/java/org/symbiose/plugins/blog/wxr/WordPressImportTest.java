package org.symbiose.plugins.blog.wxr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.member.AccountState;
import org.symbiose.api.member.MemberInfo;
import org.symbiose.api.member.MemberRef;
import org.symbiose.api.member.Role;
import org.symbiose.api.testing.InMemoryMembers;
import org.symbiose.plugins.blog.Imported;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.comment.BlogComment;
import org.symbiose.plugins.blog.comment.BlogComments;
import org.symbiose.plugins.blog.comment.ImportedComment;
import org.symbiose.plugins.blog.post.BlogPost;
import org.symbiose.plugins.blog.post.BlogPosts;
import org.symbiose.plugins.blog.post.ImportedPost;
import org.symbiose.plugins.blog.post.PostState;
import org.symbiose.plugins.blog.xml.SafeXml;

class WordPressImportTest {

    private static final long ADMIN = 99;
    private static final long CLAIRE = 7;

    private final Blog blog = new Blog(1, "atelier", "Atelier", "", "fr", null, true, false, false, 0, true,
            new MemberRef(ADMIN, "Admin"), Instant.EPOCH, 1, null);
    private final Posts posts = new Posts();
    private final Comments comments = new Comments();
    private final InMemoryMembers members = members();

    private static InMemoryMembers members() {
        InMemoryMembers members = new InMemoryMembers();
        members.add(new MemberInfo(new MemberRef(CLAIRE, "Claire D."), Role.MEMBER, AccountState.ACTIVE, Instant.EPOCH));
        members.email(CLAIRE, "claire.dupont@atelier-velo.example");
        members.siteLanguage(Locale.FRENCH);
        return members;
    }

    @Test
    void importsTheFixtureAndNothingTwice() throws IOException {
        ImportProgress first = run();
        assertEquals("DONE", first.state());
        assertEquals(Map.of("posts", 3, "pages", 1, "comments", 3, "attachments", 1, "categories", 4, "tags", 2),
                first.imported());
        assertEquals(7, first.processed());

        ImportedPost brakes = posts.received.get(0);
        assertEquals("Régler ses freins en 10 minutes", brakes.title());
        assertEquals(CLAIRE, brakes.authorId());
        assertEquals(PostState.PUBLISHED, brakes.state());
        assertEquals(Instant.parse("2023-05-16T08:30:00Z"), brakes.published());
        assertEquals(List.of("Freins"), brakes.categories());
        assertEquals(List.of("Atelier", "Vélotaf"), brakes.tags());
        assertEquals("regler-ses-freins", brakes.slug());
        // the attachment's address is in the body already: not linked twice
        assertEquals(1, brakes.body().split("etrier.jpg", -1).length - 1);

        ImportedPost draft = posts.received.get(1);
        assertEquals(PostState.DRAFT, draft.state());
        assertEquals(ADMIN, draft.authorId());
        assertEquals("Admin", draft.attributes().get(WordPressImport.GUEST_AUTHOR), "no member is called Admin: a guest");

        ImportedPost page = posts.received.get(2);
        assertEquals("À propos de l'atelier", page.title());
        assertEquals(List.of("Pages importées"), page.categories());
        assertEquals(true, page.attributes().get(WordPressImport.PAGE));

        assertEquals(PostState.PUBLISHED, posts.received.get(3).state(), "a future post: the blog schedules it by its date");

        assertEquals(3, comments.received.size());
        ImportedComment top = comments.received.get(0);
        assertNull(top.answers());
        assertNull(top.authorId(), "a visitor's e-mail names nobody");
        assertEquals("Marc", top.guestName());
        ImportedComment reply = comments.received.stream().filter(c -> c.sourceId().endsWith("#12")).findFirst().orElseThrow();
        assertEquals(comments.bySource.get(top.sourceId()).id(), reply.answers());
        assertEquals(CLAIRE, reply.authorId(), "a signed-in site author is matched");
        assertFalse(comments.received.stream().filter(c -> c.sourceId().endsWith("#13")).findFirst().orElseThrow().approved());

        List<String> reasons = first.skipped().stream().map(ImportProgress.Skipped::reason).toList();
        assertTrue(reasons.contains("in WordPress's trash"), reasons.toString());
        assertTrue(reasons.contains("marked as spam in WordPress"), reasons.toString());
        assertTrue(reasons.contains("a pingback, not a comment"), reasons.toString());
        assertTrue(reasons.contains("a WordPress menu entry, not content"), reasons.toString());
        ImportProgress.Skipped pingback = first.skipped().stream().filter(s -> s.reason().startsWith("a pingback"))
                .findFirst().orElseThrow();
        assertEquals("not-a-comment", pingback.code(), "the page says it in the reader's language by this code");
        assertEquals("pingback", pingback.detail());
        assertEquals(List.of("guest", "email"), first.authors().stream().map(ImportProgress.AuthorMatch::matched).toList());

        ImportProgress second = run();
        assertEquals(0, second.imported().get("posts") + second.imported().get("pages") + second.imported().get("comments"));
        assertEquals(3, second.existing().get("posts"));
        assertEquals(1, second.existing().get("pages"));
        assertEquals(3, second.existing().get("comments"));
        assertEquals(4, posts.received.size(), "nothing created twice");
        assertEquals(3, comments.received.size());
    }

    @Test
    void aReportFitsInAPluginDataRecordAndReadsBack() throws IOException {
        ImportProgress done = run();
        ImportReport report = new ImportReport(done.id(), "atelier", "Atelier Vélo", 7, Clock.systemUTC());
        done.skipped().forEach(s -> report.skipped(s.kind(), s.id(), s.title(),
                SkipReason.valueOf(s.code().toUpperCase(Locale.ROOT).replace('-', '_')), s.detail()));
        report.done();
        ImportProgress back = ImportReport.fromRecord(done.id(), report.record());
        assertEquals("DONE", back.state());
        assertEquals(done.skippedCount(), back.skippedCount());
        assertEquals(done.skipped().get(0), back.skipped().get(0));
    }

    private ImportProgress run() throws IOException {
        WordPressExport export;
        try (InputStream in = WordPressImportTest.class.getResourceAsStream("/wxr/wordpress-export.xml")) {
            export = new WxrReader(new SafeXml(1 << 20)).read(in);
        }
        ImportReport report = new ImportReport(1, blog.name(), export.title(), export.items().size(), Clock.systemUTC());
        new WordPressImport(export, blog, ADMIN, posts, comments, members, report).run();
        report.done();
        return report.progress();
    }

    /** The blog's posts as the import sees them: created once per source id. */
    private static final class Posts extends BlogPosts {
        final List<ImportedPost> received = new ArrayList<>();
        final Map<String, BlogPost> bySource = new LinkedHashMap<>();

        @Override
        public Imported<BlogPost> importPost(Blog blog, ImportedPost post, long actorId) {
            BlogPost found = bySource.get(post.sourceId());
            if (found != null) {
                return new Imported<>(found, false);
            }
            received.add(post);
            BlogPost created = new BlogPost(100 + received.size(), blog.id(), post.slug() == null ? "post" : post.slug(),
                    post.title(), post.body(), "", post.excerpt(), null, post.categories(), post.tags(), post.state(),
                    post.published(), new MemberRef(post.authorId(), "someone"), ItemStatus.PUBLISHED, Map.of(),
                    Instant.EPOCH, Instant.EPOCH, 1);
            bySource.put(post.sourceId(), created);
            return new Imported<>(created, true);
        }
    }

    private static final class Comments extends BlogComments {
        final List<ImportedComment> received = new ArrayList<>();
        final Map<String, BlogComment> bySource = new LinkedHashMap<>();

        @Override
        public Imported<BlogComment> importComment(long postId, ImportedComment comment, long actorId) {
            BlogComment found = bySource.get(postId + comment.sourceId());
            if (found != null) {
                return new Imported<>(found, false);
            }
            received.add(comment);
            BlogComment created = new BlogComment(500 + received.size(), postId, comment.answers(),
                    new MemberRef(comment.authorId() == null ? actorId : comment.authorId(), "someone"), comment.guestName(),
                    comment.body(), "", ItemStatus.PUBLISHED, Map.of(), comment.date(), 1);
            bySource.put(postId + comment.sourceId(), created);
            bySource.put(comment.sourceId(), created);
            return new Imported<>(created, true);
        }
    }
}
