package org.symbiose.plugins.blog.wxr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.comment.BlogComment;
import org.symbiose.plugins.blog.post.BlogPost;
import org.symbiose.plugins.blog.post.PostState;
import org.symbiose.plugins.blog.testing.Blogging;
import org.symbiose.plugins.blog.xml.SafeXml;

/** The fixture imported through the blog's real services (over in-memory core services), twice. */
class WordPressImportWiredTest {

    private final Blogging blogging = new Blogging();

    @Test
    void theBlogHoldsTheSiteOnceWhateverTheRuns() throws IOException {
        blogging.community.email(Blogging.AUTHOR, "claire.dupont@atelier-velo.example");
        Blog blog = blogging.officialBlog("atelier", "Atelier");

        ImportProgress first = run(blog);
        assertEquals("DONE", first.state(), String.valueOf(first.error()));
        assertEquals(3, first.imported().get("posts"), first.toString());
        assertEquals(1, first.imported().get("pages"));
        assertEquals(3, first.imported().get("comments"));

        List<BlogPost> published = blogging.posts.published(blog, null, 50).items();
        assertEquals(List.of("Régler ses freins en 10 minutes", "À propos de l'atelier"),
                published.stream().map(BlogPost::title).sorted().toList());
        BlogPost brakes = published.stream().filter(p -> p.slug().equals("regler-ses-freins")).findFirst().orElseThrow();
        assertEquals(Blogging.AUTHOR, brakes.author().id(), "Claire matched by her e-mail");
        assertEquals("2023-05-16T08:30:00Z", brakes.date().toString());
        List<BlogPost> hidden = blogging.posts.unpublished(blog, Blogging.MANAGER, null, 50).items();
        assertEquals(List.of(PostState.DRAFT, PostState.SCHEDULED), hidden.stream().map(BlogPost::state).sorted().toList());

        List<BlogComment> comments = blogging.comments.list(brakes.id(), Blogging.MANAGER, null, 50).items();
        BlogComment marc = comments.stream().filter(c -> "Marc".equals(c.guestName())).findFirst().orElseThrow();
        BlogComment reply = comments.stream().filter(c -> c.body().startsWith("Un article arrive")).findFirst().orElseThrow();
        assertEquals(marc.id(), reply.answers());
        assertEquals(Blogging.AUTHOR, reply.author().id());
        assertTrue(blogging.store.find(marc.id()).orElseThrow().status() == ItemStatus.PUBLISHED);

        int items = blogging.store.size();
        ImportProgress second = run(blog);
        assertEquals("DONE", second.state());
        assertEquals(0, second.imported().get("posts") + second.imported().get("pages") + second.imported().get("comments"));
        assertEquals(items, blogging.store.size(), "nothing created twice");
    }

    private ImportProgress run(Blog blog) throws IOException {
        WordPressExport export;
        try (InputStream in = WordPressImportWiredTest.class.getResourceAsStream("/wxr/wordpress-export.xml")) {
            export = new WxrReader(new SafeXml(1 << 20)).read(in);
        }
        ImportReport report = new ImportReport(1, blog.name(), export.title(), export.items().size(), blogging.clock);
        new WordPressImport(export, blog, Blogging.MANAGER, blogging.posts, blogging.comments, blogging.community, report).run();
        report.done();
        return report.progress();
    }
}
