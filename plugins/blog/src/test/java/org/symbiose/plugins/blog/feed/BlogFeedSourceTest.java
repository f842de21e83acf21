package org.symbiose.plugins.blog.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemPage;
import org.symbiose.api.content.ItemQuery;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.member.MemberRef;
import org.symbiose.plugins.blog.Slice;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.blog.Blogs;
import org.symbiose.plugins.blog.comment.CommentType;
import org.symbiose.plugins.blog.post.BlogPost;
import org.symbiose.plugins.blog.post.BlogPosts;
import org.symbiose.plugins.blog.post.Category;
import org.symbiose.plugins.blog.post.PostState;

/**
 * Every scope's feed, in both formats, read back with Rome: published posts only, each linked to
 * its permalink, a post's comments under it; unknown blogs, categories and unpublished posts have
 * no feed.
 */
class BlogFeedSourceTest {

    private static final URI SITE = URI.create("http://localhost:8080/");
    private static final MemberRef ZOE = new MemberRef(3, "Zoé");
    private static final Blog NEWS = new Blog(10, "news", "Les nouvelles", "Ce qui *change*", "fr", null, true, false,
            false, 0, false, ZOE, Instant.parse("2026-01-01T00:00:00Z"), 1, Instant.parse("2026-01-01T00:00:00Z"));
    private static final BlogPost OUT = post(21, "premier", "Premier", PostState.PUBLISHED, ItemStatus.PUBLISHED,
            Instant.parse("2026-11-05T10:00:00Z"));
    private static final BlogPost DUE_LATER = post(22, "plus-tard", "Plus tard", PostState.SCHEDULED, ItemStatus.HIDDEN,
            Instant.parse("2099-01-01T00:00:00Z"));
    private static final BlogPost DRAFT = post(23, "brouillon", "Brouillon", PostState.DRAFT, ItemStatus.HIDDEN, null);

    private final BlogFeedSource source = new BlogFeedSource();

    BlogFeedSourceTest() throws ReflectiveOperationException {
        set("blogs", new Blogs() {
            @Override
            public Optional<Blog> byName(String name) {
                return NEWS.name().equals(name) ? Optional.of(NEWS) : Optional.empty();
            }

            @Override
            public Optional<Blog> find(long id) {
                return id == NEWS.id() ? Optional.of(NEWS) : Optional.empty();
            }
        });
        // the listings hold published items only, as the store's do; a draft or a due post slipping in must still not show
        Slice<BlogPost> listed = Slice.last(List.of(OUT, DUE_LATER, DRAFT));
        set("posts", new BlogPosts() {
            @Override
            public Slice<BlogPost> latest(Long before, int limit) {
                return listed;
            }

            @Override
            public Slice<BlogPost> published(Blog blog, Long before, int limit) {
                return listed;
            }

            @Override
            public Slice<BlogPost> byCategory(Blog blog, String categorySlug, Long before, int limit) {
                return listed;
            }

            @Override
            public Slice<BlogPost> byTag(Blog blog, String tag, Long before, int limit) {
                return "java".equals(tag) ? listed : Slice.last(List.of());
            }

            @Override
            public List<Category> categories(Blog blog) {
                return List.of(new Category("annonces", "Annonces"));
            }

            @Override
            public Optional<BlogPost> find(long id, Long viewerId) {
                return Stream.of(OUT, DUE_LATER, DRAFT).filter(post -> post.id() == id).findFirst();
            }
        });
        Item comment = new Item(31, CommentType.KEY, "blog", OUT.id(), new MemberRef(4, "Bob"), null, "Bravo",
                "<p>Bravo</p>", List.of(), Map.of(), ItemStatus.PUBLISHED, 1, Map.of(), 0,
                Instant.parse("2026-11-06T08:00:00Z"), Instant.parse("2026-11-06T08:00:00Z"));
        set("store", Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ContentStore.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("query") && arguments[0] instanceof ItemQuery query
                            && CommentType.KEY.equals(query.type()) && query.parentId() == OUT.id()) {
                        return new ItemPage(List.of(comment), null);
                    }
                    throw new UnsupportedOperationException(method.getName());
                }));
    }

    @Test
    void everyScopeInBothFormatsShowsThePublishedPostOnly() throws Exception {
        for (FeedScope scope : List.of(new FeedScope.Site(), new FeedScope.OfBlog("news"),
                new FeedScope.OfCategory("news", "annonces"), new FeedScope.OfTag("java"))) {
            for (FeedFormat format : FeedFormat.values()) {
                SyndFeed read = read(scope, format);
                assertEquals(1, read.getEntries().size(), scope + " " + format);
                SyndEntry entry = read.getEntries().get(0);
                assertEquals("Premier", entry.getTitle());
                assertEquals("http://localhost:8080/p/blog/post.xhtml?blog=news&month=2026-11&slug=premier", entry.getLink(), "the permalink");
                assertEquals("Zoé", entry.getAuthor());
                assertTrue(entry.getCategories().stream().anyMatch(category -> category.getName().equals("java")));
            }
        }
        assertEquals("Les nouvelles", read(new FeedScope.OfBlog("news"), FeedFormat.ATOM).getTitle());
        assertEquals("Ce qui change", read(new FeedScope.OfBlog("news"), FeedFormat.RSS).getDescription());
    }

    @Test
    void aPostsCommentsAreAFeedOfTheirOwn() throws Exception {
        for (FeedFormat format : FeedFormat.values()) {
            SyndFeed read = read(new FeedScope.CommentsOf(OUT.id()), format);
            assertEquals(1, read.getEntries().size());
            assertEquals("Bob", read.getEntries().get(0).getAuthor());
            assertTrue(read.getEntries().get(0).getLink().endsWith("/p/blog/post.xhtml?blog=news&month=2026-11&slug=premier#comment-31"));
        }
    }

    @Test
    void whatAVisitorCannotReadHasNoFeed() {
        assertFalse(source.feed(new FeedScope.OfBlog("nope"), FeedFormat.ATOM, SITE).isPresent());
        assertFalse(source.feed(new FeedScope.OfCategory("news", "nope"), FeedFormat.ATOM, SITE).isPresent());
        assertFalse(source.feed(new FeedScope.CommentsOf(DRAFT.id()), FeedFormat.RSS, SITE).isPresent());
        assertFalse(source.feed(new FeedScope.CommentsOf(DUE_LATER.id()), FeedFormat.RSS, SITE).isPresent());
        assertTrue(source.feed(new FeedScope.OfTag("nothing-tagged"), FeedFormat.RSS, SITE).orElseThrow().entries().isEmpty());
    }

    @Test
    void theSelfLinkIsTheFeedsOwnAddress() {
        assertEquals(URI.create("http://localhost:8080/api/v1/blog/feeds/rss/blogs/news/categories/annonces"),
                source.feed(new FeedScope.OfCategory("news", "annonces"), FeedFormat.RSS, SITE).orElseThrow().self());
        assertEquals(URI.create("http://localhost:8080/api/v1/blog/feeds/atom/tags/deux%20mots"),
                new FeedScope.OfTag("deux mots").address(SITE, FeedFormat.ATOM));
    }

    private SyndFeed read(FeedScope scope, FeedFormat format) throws Exception {
        Feed feed = source.feed(scope, format, SITE).orElseThrow();
        return new SyndFeedInput().build(new StringReader(FeedDocuments.write(feed, format)));
    }

    private void set(String field, Object value) throws ReflectiveOperationException {
        Field declared = BlogFeedSource.class.getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(source, value);
    }

    private static BlogPost post(long id, String slug, String title, PostState state, ItemStatus status, Instant at) {
        Instant created = Instant.parse("2026-11-01T00:00:00Z");
        return new BlogPost(id, NEWS.id(), slug, title, "Texte", "<p>Texte</p>", "", null, List.of("Annonces"),
                List.of("java"), state, at, ZOE, status, Map.of(), created, at == null ? created : at, 1);
    }
}
