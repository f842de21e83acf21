package org.symbiose.plugins.blog.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.symbiose.api.search.Search;
import org.symbiose.api.testing.InMemoryCaches;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.blog.BlogInput;
import org.symbiose.plugins.blog.blog.BlogRole;
import org.symbiose.plugins.blog.blog.TeamMember;
import org.symbiose.plugins.blog.comment.BlogComment;
import org.symbiose.plugins.blog.post.BlogPost;
import org.symbiose.plugins.blog.post.PostInput;
import org.symbiose.plugins.blog.post.PostState;
import org.symbiose.plugins.blog.testing.Blogging;
import org.symbiose.plugins.blog.testing.Wiring;
import org.symbiose.spi.site.PageAction;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageNotFoundException;
import org.symbiose.spi.site.PageRequest;

/**
 * Every blog page's model over the services with an in-memory store, for a visitor, a reader
 * and the blog's team: what each may see, and the writing and comment forms' actions.
 */
class SitePagesTest {

    private final Blogging world = new Blogging();
    private final PostCards cards = Wiring.wire(new PostCards(), world.blogs, world.files);
    private final Blog blog;
    private final BlogPost published;
    private final BlogPost draft;
    private final BlogPost scheduled;

    SitePagesTest() {
        BlogInput input = new BlogInput();
        input.name = "news";
        input.title = "News";
        input.description = "All the *news*";
        input.official = true;
        blog = world.blogs.create(input, Blogging.MANAGER);
        world.blogs.setTeam(blog, List.of(new TeamMember(Blogging.MANAGER, "", BlogRole.OWNER),
                new TeamMember(Blogging.AUTHOR, "", BlogRole.AUTHOR)), Blogging.MANAGER);
        PostInput out = new PostInput("Out now", "Read **this**", PostState.PUBLISHED);
        out.categories = List.of("Product news");
        out.tags = List.of("launch");
        published = world.posts.create(blog, out, Blogging.AUTHOR);
        draft = world.posts.create(blog, new PostInput("Secret draft", "Not yet", PostState.DRAFT), Blogging.AUTHOR);
        PostInput later = new PostInput("Later", "Tomorrow", PostState.SCHEDULED);
        later.publishAt = world.clock.instant().plus(Duration.ofDays(1));
        scheduled = world.posts.create(blog, later, Blogging.AUTHOR);
        BlogComment first = world.comments.add(published.id(), null, "First", Blogging.READER);
        world.comments.add(published.id(), first.id(), "Answer", Blogging.AUTHOR);
    }

    @Test
    void theDirectoryListsBlogsAndTheLatestPublishedPosts() {
        Map<String, Object> shown = model(wire(new DirectoryPage()), null, Map.of());
        assertEquals(List.of("News"), titles(shown.get("blogs")));
        assertEquals(List.of("Out now"), titles(shown.get("latest")));
        assertEquals(2, ((List<?>) shown.get("feeds")).size());
    }

    @Test
    void aBlogsHomeShowsItsTeamWhatWaits() {
        Map<String, Object> visitor = model(wire(new BlogHomePage()), null, Map.of("name", "news"));
        assertEquals(List.of("Out now"), titles(visitor.get("posts")));
        assertEquals(List.of(), visitor.get("unpublished"));
        assertEquals(false, visitor.get("canWrite"));
        assertEquals("<p>All the *news*</p>", visitor.get("descriptionHtml"), "rendered by the store");
        Map<String, Object> author = model(wire(new BlogHomePage()), Blogging.AUTHOR, Map.of("name", "news"));
        assertEquals(List.of("Later", "Secret draft"), titles(author.get("unpublished")).stream().sorted().toList());
        assertEquals(true, author.get("canWrite"));
        assertThrows(PageNotFoundException.class, () -> wire(new BlogHomePage()).model(request(null, Map.of("name", "nope"))));
    }

    @Test
    void listingsShowPublishedPostsOnly() {
        String month = ((Map<?, ?>) cards.post(published, blog, Locale.FRENCH)).get("month").toString();
        for (Map.Entry<PostListingPage, Map<String, String>> page : Map.of(
                wire(new ArchivePage()), Map.of("blog", "news", "month", month),
                wire(new CategoryPage()), Map.of("blog", "news", "category", "product-news"),
                wire(new TagPage()), Map.of("tag", "launch"),
                wire(new AuthorPage()), Map.of("blog", "news", "id", String.valueOf(Blogging.AUTHOR))).entrySet()) {
            Map<String, Object> shown = model(page.getKey(), Blogging.AUTHOR, page.getValue());
            assertEquals(List.of("Out now"), titles(shown.get("posts")), page.getKey().name());
        }
        assertThrows(PageNotFoundException.class, () -> wire(new CategoryPage()).model(request(null,
                Map.of("blog", "news", "category", "nope"))));
        assertThrows(PageNotFoundException.class, () -> wire(new ArchivePage()).model(request(null,
                Map.of("blog", "news", "month", "soon"))));
    }

    @Test
    void aPostPageShowsThreadsAndLeadsOldAddressesToTheCurrentOne() {
        PostPage page = wire(new PostPage());
        Map<String, Object> shown = model(page, null, Map.of("id", String.valueOf(published.id())));
        List<?> threads = (List<?>) shown.get("threads");
        assertEquals(1, threads.size());
        assertEquals(1, ((List<?>) ((Map<?, ?>) threads.get(0)).get("replies")).size());
        assertEquals(false, shown.get("canComment"), "a visitor signs in first");
        assertEquals(4, ((List<?>) shown.get("feeds")).size(), "the blog's feeds and the comments'");
        Map<?, ?> post = (Map<?, ?>) shown.get("post");
        String link = (String) post.get("link");
        assertTrue(link.startsWith("/p/blog/post.xhtml?blog=news&month="), link);

        Map<String, String> permalink = parameters(link);
        assertEquals(true, model(page, Blogging.READER, permalink).get("canComment"));
        assertNull(page.act("follow", request(null, permalink)).redirect(), "the current address stays");
        Map<String, String> wrongMonth = new HashMap<>(permalink);
        wrongMonth.put("month", "2001-01");
        assertEquals(link, page.act("follow", request(null, wrongMonth)).redirect());

        assertThrows(PageNotFoundException.class, () -> page.model(request(null, Map.of("id", String.valueOf(draft.id())))));
        assertThrows(PageNotFoundException.class, () -> page.model(request(Blogging.READER,
                Map.of("id", String.valueOf(scheduled.id())))));
        assertEquals("DRAFT", ((Map<?, ?>) model(page, Blogging.AUTHOR, Map.of("id", String.valueOf(draft.id())))
                .get("post")).get("state"));
    }

    @Test
    void aPostPageIsKeptForVisitorsAndNamesThePostItIsAbout() {
        PostPage page = wire(new PostPage());
        assertTrue(page.shared());
        Map<String, String> permalink = parameters((String) ((Map<?, ?>) model(page, null,
                Map.of("id", String.valueOf(published.id()))).get("post")).get("link"));
        assertEquals(Optional.of(published.id()), page.about(request(null, permalink)),
                "a new comment, a child of the post, drops the page kept at its permalink");
        assertEquals(Optional.empty(), page.about(request(null, Map.of("id", String.valueOf(published.id())))),
                "the address names it already");
        Map<String, String> unknown = new HashMap<>(permalink);
        unknown.put("slug", "no-such-post");
        assertEquals(Optional.empty(), page.about(request(null, unknown)));
        Map<String, Object> visitor = model(page, null, permalink);
        assertEquals(false, visitor.get("canComment"));
        assertEquals(false, visitor.get("canEdit"));
        assertEquals("", visitor.get("draft"), "nothing of one visitor's own");
    }

    @Test
    void aMemberCommentsFromThePostPage() {
        PostPage page = wire(new PostPage());
        PageAction done = page.act("comment", request(Blogging.READER, Map.of("id", String.valueOf(published.id()),
                "body", "Well said")));
        assertTrue(done.redirect().contains("#comment-"), String.valueOf(done));
        PageAction refused = page.act("comment", request(null, Map.of("id", String.valueOf(published.id()), "body", "Hi")));
        assertNull(refused.redirect());
        PageAction empty = page.act("comment", request(Blogging.READER, Map.of("id", String.valueOf(published.id()), "body", "")));
        assertFalse(empty.problems().isEmpty());
    }

    @Test
    void theWritingPageIsTheTeamsAndSavesEachWay() {
        WritePage page = wire(new WritePage());
        assertThrows(PageNotFoundException.class, () -> page.model(request(Blogging.READER, Map.of("blog", "news"))));
        assertThrows(PageNotFoundException.class, () -> page.model(request(null, Map.of("blog", "news"))));
        Map<String, Object> empty = model(page, Blogging.AUTHOR, Map.of("blog", "news"));
        assertEquals(false, empty.get("editing"));
        assertEquals(List.of("Product news"), empty.get("known"));

        Map<String, String> form = new HashMap<>(Map.of("blog", "news", "title", "Fresh", "body", "Some *text*",
                "categories", "Product news, Other", "tags", "a, b"));
        Map<String, Object> preview = model(page, Blogging.AUTHOR, form);
        assertEquals("<p>Some *text*</p>", preview.get("previewHtml"), "rendered by the store");
        PageAction published = page.act("publish", request(Blogging.AUTHOR, form));
        assertTrue(published.redirect().startsWith("/p/blog/post.xhtml?blog=news&month="), String.valueOf(published));

        form.put("title", "Planned");
        PageAction noDate = page.act("schedule", request(Blogging.AUTHOR, form));
        assertEquals(Optional.of("Give the date and time to publish at"), noDate.problems().values().stream().findFirst());
        form.put("publishAt", "2027-01-15T09:30");
        form.put("zone", "Europe/Paris");
        assertTrue(page.act("schedule", request(Blogging.AUTHOR, form)).redirect().contains("month=2027-01"));
        BlogPost planned = world.posts.unpublished(blog, Blogging.AUTHOR, null, 20).items().stream()
                .filter(post -> post.title().equals("Planned")).findFirst().orElseThrow();
        assertEquals(PostState.SCHEDULED, planned.state());
        assertEquals("2027-01-15T08:30:00Z", planned.publishAt().toString());

        Map<String, Object> editing = model(page, Blogging.AUTHOR, Map.of("blog", "news", "id", String.valueOf(planned.id())));
        assertEquals("Planned", editing.get("title"));
        assertEquals("2027-01-15T08:30", editing.get("publishAt"));
        form.put("id", String.valueOf(planned.id()));
        form.put("version", String.valueOf(planned.version()));
        form.put("title", "Planned, then drafted");
        assertTrue(page.act("draft", request(Blogging.AUTHOR, form)).redirect().contains("post.xhtml"));
    }

    private <T extends PageModel> T wire(T page) {
        return Wiring.wire(page, world.blogs, world.posts, world.comments, world.store, world.community, cards,
                new NoSearch(), new InMemoryCaches());
    }

    private static Map<String, Object> model(PageModel page, Long viewer, Map<String, String> parameters) {
        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) startAndModel(page, request(viewer, parameters));
        return shown;
    }

    private static Object startAndModel(PageModel page, PageRequest request) {
        if (page instanceof PostPage post) {
            post.start();
        }
        return page.model(request);
    }

    private static PageRequest request(Long viewer, Map<String, String> parameters) {
        Map<String, List<String>> all = new HashMap<>();
        parameters.forEach((name, value) -> all.put(name, List.of(value)));
        return new PageRequest(all, viewer, viewer != null, Locale.FRENCH);
    }

    private static Map<String, String> parameters(String link) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : link.substring(link.indexOf('?') + 1).split("&")) {
            parameters.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return parameters;
    }

    private static List<String> titles(Object cards) {
        List<String> titles = new ArrayList<>();
        for (Object card : (List<?>) cards) {
            titles.add((String) ((Map<?, ?>) card).get("title"));
        }
        return titles;
    }

    /** A search that finds nothing related. */
    private static final class NoSearch implements Search {
        @Override
        public org.symbiose.api.search.SearchResult search(String query, org.symbiose.api.search.SearchOrder order, int offset,
                int limit, Long viewerId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<org.symbiose.api.search.Suggestion> suggest(String prefix, int limit, Long viewerId) {
            return List.of();
        }

        @Override
        public List<org.symbiose.api.search.SearchHit> related(long id, int limit, Long viewerId) {
            return List.of();
        }
    }
}
