package org.symbiose.plugins.blog.site;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentException;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.blog.Blogs;
import org.symbiose.plugins.blog.post.BlogPost;
import org.symbiose.plugins.blog.post.BlogPosts;
import org.symbiose.plugins.blog.post.Category;
import org.symbiose.plugins.blog.post.PostInput;
import org.symbiose.plugins.blog.post.PostState;
import org.symbiose.spi.site.PageAction;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageNotFoundException;
import org.symbiose.spi.site.PageRequest;

/**
 * The writing page of a blog's team ({@code write.xhtml?blog=}, {@code &id=} to change a post):
 * Markdown with a preview, excerpt, categories and tags (comma-separated), a cover and images
 * from the file store (uploaded by the page's script, which writes their Markdown), a publication
 * date. Actions: {@code preview}, {@code draft}, {@code review} (submit to the blog's editors),
 * {@code publish} (now) and {@code schedule} (at the date, field {@code publishAt} read in the
 * browser's time zone, field {@code zone}). Anyone else finds no such page.
 */
@Component(service = PageModel.class)
public class WritePage implements PageModel {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Reference
    private Blogs blogs;

    @Reference
    private BlogPosts posts;

    @Reference
    private PostCards cards;

    @Reference
    private ContentStore store;

    @Override
    public String name() {
        return "write";
    }

    @Override
    public Object model(PageRequest request) {
        Blog blog = writableBlog(request);
        Optional<BlogPost> post = editedPost(request, blog);
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("blog", cards.blog(blog));
        shown.put("editing", post.isPresent());
        shown.put("id", post.map(BlogPost::id).orElse(null));
        shown.put("version", post.map(BlogPost::version).orElse(null));
        shown.put("state", post.map(found -> found.state().name()).orElse(""));
        shown.put("link", post.map(found -> PageAddresses.post(blog, found)).orElse(""));
        boolean back = request.parameter("title").isPresent();
        shown.put("title", back ? request.parameter("title").orElse("") : post.map(BlogPost::title).orElse(""));
        String body = back ? request.parameter("body").orElse("") : post.map(BlogPost::body).orElse("");
        shown.put("body", body);
        shown.put("excerpt", back ? request.parameter("excerpt").orElse("") : post.map(BlogPost::excerpt).orElse(""));
        shown.put("categories", back ? request.parameter("categories").orElse("")
                : post.map(found -> String.join(", ", found.categories())).orElse(""));
        shown.put("tags", back ? request.parameter("tags").orElse("")
                : post.map(found -> String.join(", ", found.tags())).orElse(""));
        Long cover = back ? request.number("cover").orElse(null) : post.map(BlogPost::coverFileId).orElse(null);
        shown.put("cover", cover == null ? "" : cover.toString());
        shown.put("coverUrl", cards.cover(cover));
        shown.put("publishAt", back ? request.parameter("publishAt").orElse("")
                : post.map(BlogPost::publishAt).map(at -> LOCAL.format(at.atZone(ZoneOffset.UTC))).orElse(""));
        shown.put("known", posts.categories(blog).stream().map(Category::name).toList());
        shown.put("canPublish", blogs.mayPublish(blog, request.viewerId()));
        shown.put("reviewRequired", blog.reviewRequired());
        String preview = "";
        String previewProblem = "";
        if (back && !body.isBlank()) {
            try {
                preview = store.render(body);
            } catch (ContentException e) {
                previewProblem = e.getMessage();
            }
        }
        shown.put("previewHtml", preview);
        shown.put("previewProblem", previewProblem);
        return shown;
    }

    @Override
    public PageAction act(String action, PageRequest request) {
        if ("preview".equals(action)) {
            // the model shows the form as it came back, rendered
            return PageAction.refused(Map.of());
        }
        PostState state = switch (action) {
            case "draft" -> PostState.DRAFT;
            case "review" -> PostState.IN_REVIEW;
            case "publish" -> PostState.PUBLISHED;
            case "schedule" -> PostState.SCHEDULED;
            default -> null;
        };
        if (state == null) {
            return PageAction.refused(Map.of("", "Unknown action " + action));
        }
        return PageAction.attempt(() -> {
            Blog blog = writableBlog(request);
            PostInput input = input(request, state);
            Optional<BlogPost> edited = editedPost(request, blog);
            BlogPost saved = edited.isPresent()
                    ? posts.edit(edited.get().id(), request.number("version").orElse(edited.get().version()), input,
                            request.viewerId())
                    : posts.create(blog, input, request.viewerId());
            return PageAddresses.post(blog, saved);
        });
    }

    private static PostInput input(PageRequest request, PostState state) {
        PostInput input = new PostInput(request.parameter("title").orElse("").strip(), request.parameter("body").orElse(""),
                state);
        input.excerpt = request.parameter("excerpt").orElse("").strip();
        input.categories = list(request.parameter("categories").orElse(""));
        input.tags = list(request.parameter("tags").orElse(""));
        input.cover = request.number("cover").filter(id -> id > 0).orElse(null);
        if (state == PostState.SCHEDULED) {
            input.publishAt = publishAt(request).orElseThrow(() -> new ProblemException(ProblemType.VALIDATION,
                    "publishAt", "Give the date and time to publish at"));
        }
        return input;
    }

    /** The date field, a local date and time, in the browser's zone (UTC if it did not say one). */
    static Optional<Instant> publishAt(PageRequest request) {
        Optional<String> local = PageParameters.text(request, "publishAt");
        if (local.isEmpty()) {
            return Optional.empty();
        }
        ZoneId zone;
        try {
            zone = PageParameters.text(request, "zone").map(ZoneId::of).orElse(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            zone = ZoneOffset.UTC;
        }
        try {
            return Optional.of(LocalDateTime.parse(local.get()).atZone(zone).toInstant());
        } catch (DateTimeException e) {
            throw new ProblemException(ProblemType.VALIDATION, "publishAt", "Give the date as the date field writes it");
        }
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(value -> !value.isEmpty()).distinct()
                .toList();
    }

    /** The blog named, if the viewer writes there; else the page does not exist for them. */
    private Blog writableBlog(PageRequest request) {
        Blog blog = blogs.byName(PageParameters.required(request, "blog"))
                .orElseThrow(() -> new PageNotFoundException("No such blog"));
        if (request.viewerId() == null || !blogs.mayWrite(blog, request.viewerId())) {
            throw new PageNotFoundException("Only the blog's team writes there");
        }
        return blog;
    }

    private Optional<BlogPost> editedPost(PageRequest request, Blog blog) {
        Optional<Long> id = request.number("id");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(posts.find(id.get(), request.viewerId()).filter(post -> post.blogId() == blog.id())
                .filter(post -> blogs.mayEdit(blog, post.author().id(), request.viewerId()))
                .orElseThrow(() -> new PageNotFoundException("No such post to change")));
    }
}
