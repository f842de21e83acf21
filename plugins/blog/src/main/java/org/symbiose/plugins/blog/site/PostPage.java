package org.symbiose.plugins.blog.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.cache.SharedCache;
import org.symbiose.api.cache.SharedCaches;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.api.search.Search;
import org.symbiose.api.search.SearchHit;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.blog.Blogs;
import org.symbiose.plugins.blog.comment.BlogComment;
import org.symbiose.plugins.blog.comment.BlogComments;
import org.symbiose.plugins.blog.feed.FeedScope;
import org.symbiose.plugins.blog.feed.PlainText;
import org.symbiose.plugins.blog.post.BlogPost;
import org.symbiose.plugins.blog.post.BlogPosts;
import org.symbiose.plugins.blog.post.PermalinkMatch;
import org.symbiose.plugins.blog.post.PostType;
import org.symbiose.spi.site.PageAction;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageNotFoundException;
import org.symbiose.spi.site.PageRequest;

/**
 * A post ({@code post.xhtml?blog=&month=&slug=}, its permalink, or {@code post.xhtml?id=}): the
 * post, its comments with one level of replies, the comment form for members, related posts
 * from search, its Open Graph description and share links. An old permalink (a former slug, a
 * month that is not the post's) leads to the current one through action {@code follow}, run by
 * the page on arrival. Action {@code comment} (fields {@code body}, and {@code answers}: the
 * comment a reply answers) writes a comment; action {@code delete} (fields {@code comment} and
 * {@code version}) deletes one, for those {@link BlogComments#deletableBy} names.
 */
@Component(service = PageModel.class)
public class PostPage implements PageModel {

    private static final int COMMENTS = 100;
    private static final int RELATED = 5;
    private static final int DESCRIPTION = 200;

    @Reference
    private Blogs blogs;

    @Reference
    private BlogPosts posts;

    @Reference
    private BlogComments comments;

    @Reference
    private PostCards cards;

    @Reference
    private Search search;

    @Reference
    private SharedCaches caches;

    /** Related posts by post: what any visitor may read, looked for in the background (search costs more than the page). */
    private SharedCache<Long, List<Map<String, Object>>> related;

    @Activate
    void start() {
        related = caches.cache("related-posts", 5_000);
    }

    @Override
    public String name() {
        return "post";
    }

    @Override
    public Object model(PageRequest request) {
        PermalinkMatch found = find(request);
        BlogPost post = found.post();
        Blog blog = blogs.find(post.blogId()).orElseThrow(() -> new PageNotFoundException("No such blog"));
        Long viewer = request.viewerId();
        Locale locale = request.locale();
        Map<String, Object> shown = new LinkedHashMap<>();
        Map<String, Object> card = cards.post(post, blog, locale);
        card.put("html", post.html());
        card.put("due", post.publishAt() == null ? "" : PostCards.dateTime(post.publishAt(), locale));
        shown.put("post", card);
        shown.put("blog", cards.blog(blog));
        shown.put("current", found.current());
        shown.put("description", !post.excerpt().isBlank() ? post.excerpt() : PlainText.ofHtml(post.html(), DESCRIPTION));
        shown.put("canEdit", viewer != null && blogs.mayEdit(blog, post.author().id(), viewer));
        boolean closed = comments.closed(blog, post);
        shown.put("commentsClosed", closed);
        shown.put("canComment", post.isPublic() && !closed && request.canPost());
        shown.put("threads", post.isPublic() ? threads(post, comments.deletableBy(blog, viewer), viewer, locale) : List.of());
        shown.put("related", post.isPublic() ? related.getLater(post.id(), this::related).orElse(List.of()) : List.of());
        List<Map<String, String>> feeds = new ArrayList<>(FeedLinks.of(new FeedScope.OfBlog(blog.name()), blog.title()));
        if (post.isPublic()) {
            feeds.addAll(FeedLinks.of(new FeedScope.CommentsOf(post.id()), "Re: " + post.title()));
        }
        shown.put("feeds", feeds);
        shown.put("draft", request.parameter("body").orElse(""));
        shown.put("answering", request.number("answers").orElse(0L));
        return shown;
    }

    /**
     * A visitor not signed in sees what every other one sees: the published post and comments, no
     * form, nothing of their own (a draft or a scheduled post answers them 404, which is not kept).
     * A new comment drops the kept page through {@link #about}; any other change of content drops
     * them all, and a post whose comments close with time shows it at the latest when the site's
     * kept pages expire.
     */
    @Override
    public boolean shared() {
        return true;
    }

    /** The post a permalink shows, so that a new comment drops its kept page as a new reply drops a topic's. */
    @Override
    public Optional<Long> about(PageRequest request) {
        if (request.number("id").isPresent()) {
            return Optional.empty();
        }
        try {
            return Optional.of(find(request).post().id());
        } catch (PageNotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public PageAction act(String action, PageRequest request) {
        return switch (action) {
            case "follow" -> {
                try {
                    PermalinkMatch found = find(request);
                    yield found.current() ? PageAction.refused(Map.of())
                            : PageAction.done(PageAddresses.post(blogs.find(found.post().blogId()).orElseThrow(), found.post()));
                } catch (PageNotFoundException e) {
                    // the page answers 404 already
                    yield PageAction.refused(Map.of());
                }
            }
            case "comment" -> PageAction.attempt(() -> {
                if (request.viewerId() == null) {
                    throw new ProblemException(ProblemType.UNAUTHORIZED, "Sign in to comment");
                }
                PermalinkMatch found = find(request);
                Long answers = request.number("answers").filter(id -> id > 0).orElse(null);
                BlogComment written = comments.add(found.post().id(), answers, request.parameter("body").orElse(""),
                        request.viewerId());
                Blog blog = blogs.find(found.post().blogId()).orElseThrow();
                return PageAddresses.post(blog, found.post()) + "#comment-" + written.id();
            });
            case "delete" -> PageAction.attempt(() -> {
                if (request.viewerId() == null) {
                    throw new ProblemException(ProblemType.UNAUTHORIZED, "Sign in to delete a comment");
                }
                PermalinkMatch found = find(request);
                long comment = request.number("comment").orElseThrow(() -> new PageNotFoundException("No comment given"));
                comments.delete(comment, request.number("version").orElse(-1L), request.viewerId());
                Blog blog = blogs.find(found.post().blogId()).orElseThrow();
                return PageAddresses.post(blog, found.post()) + "#comments";
            });
            default -> PageAction.refused(Map.of("", "Unknown action " + action));
        };
    }

    private PermalinkMatch find(PageRequest request) {
        Long viewer = request.viewerId();
        Optional<Long> id = request.number("id");
        if (id.isPresent()) {
            return posts.find(id.get(), viewer).map(post -> new PermalinkMatch(post, true))
                    .orElseThrow(() -> new PageNotFoundException("No such post"));
        }
        Blog blog = blogs.byName(PageParameters.required(request, "blog"))
                .orElseThrow(() -> new PageNotFoundException("No such blog"));
        var month = PageParameters.month(request).orElseThrow(() -> new PageNotFoundException("No month given"));
        return posts.bySlug(blog, month.getYear(), month.getMonthValue(), PageParameters.required(request, "slug"), viewer)
                .orElseThrow(() -> new PageNotFoundException("No such post"));
    }

    /** The comments, oldest first, each first comment of a thread with its replies under it. */
    private List<Map<String, Object>> threads(BlogPost post, Predicate<BlogComment> deletable, Long viewer,
            Locale locale) {
        List<BlogComment> all = comments.list(post.id(), viewer, null, COMMENTS).items();
        Set<Long> shownIds = all.stream().map(BlogComment::id).collect(Collectors.toSet());
        Map<Long, List<Map<String, Object>>> replies = new LinkedHashMap<>();
        List<Map<String, Object>> threads = new ArrayList<>();
        for (BlogComment comment : all) {
            Map<String, Object> shown = comment(comment, locale);
            shown.put("canDelete", comment.status() != ItemStatus.DELETED && deletable.test(comment));
            if (comment.answers() != null && shownIds.contains(comment.answers())) {
                replies.computeIfAbsent(comment.answers(), first -> new ArrayList<>()).add(shown);
            } else {
                threads.add(shown);
            }
        }
        threads.forEach(thread -> thread.put("replies", replies.getOrDefault((Long) thread.get("id"), List.of())));
        return threads;
    }

    private static Map<String, Object> comment(BlogComment comment, Locale locale) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("id", comment.id());
        shown.put("author", comment.shownAuthor());
        shown.put("date", PostCards.date(comment.created(), locale));
        shown.put("html", comment.html());
        shown.put("version", comment.version());
        shown.put("pending", comment.status() == ItemStatus.PENDING_REVIEW);
        shown.put("deleted", comment.status() == ItemStatus.DELETED);
        shown.put("reply", comment.answers() != null);
        return shown;
    }

    /** Posts like this one, as a visitor finds them; none when search cannot answer now (the page shows without). */
    /**
     * Up to {@link #RELATED} posts like {@code post}; one from another blog names its blog
     * ({@code blog}, empty otherwise), since two blogs may well hold posts of the same title.
     */
    private List<Map<String, Object>> related(long post) {
        try {
            long blog = posts.find(post, null).map(BlogPost::blogId).orElse(0L);
            // comments are found under their post's title: without this, a post's own comments showed as related posts
            return search.related(post, RELATED * 4, null).stream().filter(hit -> PostType.KEY.equals(hit.type()))
                    .limit(RELATED)
                    .map((SearchHit hit) -> Map.<String, Object>of("title", hit.title(), "link", hit.link(),
                            "blog", otherBlogTitle(hit.id(), blog))).toList();
        } catch (RuntimeException searchUnavailable) {
            return List.of();
        }
    }

    private String otherBlogTitle(long post, long blog) {
        return posts.find(post, null).map(BlogPost::blogId).filter(other -> other != blog).flatMap(blogs::find)
                .map(Blog::title).orElse("");
    }
}
