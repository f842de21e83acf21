package org.symbiose.plugins.blog.feed;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.ItemQuery;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.blog.Blogs;
import org.symbiose.plugins.blog.comment.BlogComment;
import org.symbiose.plugins.blog.comment.CommentType;
import org.symbiose.plugins.blog.post.BlogPost;
import org.symbiose.plugins.blog.post.BlogPosts;
import org.symbiose.plugins.blog.post.Category;
import org.symbiose.plugins.blog.post.Permalinks;

/**
 * Feeds of the blogs' published posts and comments, as a visitor sees them: the listings the
 * pages use (published items only, so a draft or a post due later is never in them), the
 * {@value Feeds#ENTRIES} newest.
 */
@Component(service = FeedSource.class)
public class BlogFeedSource implements FeedSource {

    private static final int SUMMARY = 300;

    @Reference
    private Blogs blogs;

    @Reference
    private BlogPosts posts;

    @Reference
    private ContentStore store;

    @Override
    public Optional<Feed> feed(FeedScope scope, FeedFormat format, URI site) {
        return switch (scope) {
            case FeedScope.Site all -> Optional.of(ofPosts(site, scope, format, "Blogs", "", page(site, "index.xhtml"), null,
                    Instant.EPOCH, posts.latest(null, Feeds.ENTRIES).items()));
            case FeedScope.OfBlog one -> blogs.byName(one.blog()).map(blog -> ofPosts(site, scope, format, blog.title(),
                    PlainText.ofMarkdown(blog.description(), SUMMARY), page(site, "blog.xhtml?name=" + blog.name()), blog.language(),
                    blog.created(), posts.published(blog, null, Feeds.ENTRIES).items()));
            case FeedScope.OfCategory one -> blogs.byName(one.blog()).flatMap(blog -> category(blog, one.category())
                    .map(category -> ofPosts(site, scope, format, blog.title() + " · " + category.name(), "",
                            page(site, "category.xhtml?blog=" + blog.name() + "&category=" + category.slug()),
                            blog.language(), blog.created(),
                            posts.byCategory(blog, category.slug(), null, Feeds.ENTRIES).items())));
            case FeedScope.OfTag one -> Optional.of(ofPosts(site, scope, format, "#" + one.tag(), "",
                    page(site, "tag.xhtml?tag=" + one.path().substring("/tags/".length())),
                    null, Instant.EPOCH, posts.byTag(null, one.tag().toLowerCase(Locale.ROOT), null, Feeds.ENTRIES).items()));
            case FeedScope.CommentsOf one -> posts.find(one.post(), null).filter(BlogPost::isPublic)
                    .flatMap(post -> blogs.find(post.blogId()).map(blog -> ofComments(site, scope, format, blog, post)));
        };
    }

    private Optional<Category> category(Blog blog, String slug) {
        return posts.categories(blog).stream().filter(category -> category.slug().equals(slug)).findFirst();
    }

    private Feed ofPosts(URI site, FeedScope scope, FeedFormat format, String title, String description, URI page, String language,
            Instant since, List<BlogPost> shown) {
        Map<Long, String> names = new HashMap<>();
        List<FeedEntry> entries = new ArrayList<>();
        shown.stream().filter(BlogPost::isPublic).sorted(Comparator.comparing(BlogPost::date).reversed()).forEach(post -> {
            String blog = names.computeIfAbsent(post.blogId(), id -> blogs.find(id).map(Blog::name).orElse(null));
            if (blog != null) {
                entries.add(entry(site, blog, post));
            }
        });
        return new Feed(page.toString(), title, description, page, scope.address(site, format), language, updated(since, entries),
                entries);
    }

    private static FeedEntry entry(URI site, String blog, BlogPost post) {
        List<String> categories = new ArrayList<>(post.categories());
        categories.addAll(post.tags());
        String summary = post.excerpt() == null || post.excerpt().isBlank() ? "" : post.excerpt();
        return new FeedEntry(stable(site, post.id()), post.title(), site.resolve(Permalinks.path(blog, post).substring(1)),
                post.author().displayName(), post.date(), post.updated(), summary, post.html(), categories);
    }

    private Feed ofComments(URI site, FeedScope scope, FeedFormat format, Blog blog, BlogPost post) {
        URI page = site.resolve(Permalinks.path(blog.name(), post).substring(1));
        // the newest published, though the post's page lists them oldest first
        List<FeedEntry> entries = store.query(new ItemQuery(CommentType.KEY, post.id(), null, null, null, null, null,
                Feeds.ENTRIES)).items().stream().map(BlogComment::of).map(comment -> new FeedEntry(
                        stable(site, post.id()) + "#comment-" + comment.id(), "Re: " + post.title(),
                        URI.create(page + "#comment-" + comment.id()), comment.shownAuthor(), comment.created(),
                        comment.created(), "", comment.html(), List.of()))
                .toList();
        return new Feed(stable(site, post.id()) + "#comments", "Re: " + post.title(), blog.title(), page,
                scope.address(site, format), blog.language(), updated(post.date(), entries), entries);
    }

    /** An address that stays a post's whatever its title, slug or date become. */
    private static String stable(URI site, long post) {
        return site.resolve("p/blog/post.xhtml?id=" + post).toString();
    }

    private static URI page(URI site, String view) {
        return site.resolve(Permalinks.PAGES.substring(1) + view);
    }

    private static Instant updated(Instant since, List<FeedEntry> entries) {
        return entries.stream().map(FeedEntry::updated).max(Comparator.naturalOrder()).filter(last -> last.isAfter(since))
                .orElse(since);
    }
}
