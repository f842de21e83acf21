package org.symbiose.plugins.blog.post;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.api.content.ItemEdit;
import org.symbiose.api.content.ItemNotFoundException;
import org.symbiose.api.content.ItemOrder;
import org.symbiose.api.content.ItemPage;
import org.symbiose.api.content.ItemQuery;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.content.Revision;
import org.symbiose.api.data.PluginData;
import org.symbiose.api.file.FileStore;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.blog.Imported;
import org.symbiose.plugins.blog.Slice;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.blog.Blogs;

/**
 * Writing, publishing and reading posts. Every write is checked whole before anything is
 * written, and written in one transaction: a refusal leaves nothing behind.
 */
@Component(service = BlogPosts.class)
public class BlogPosts {

    static final int MAX_EXCERPT = 1000;
    static final int MAX_CATEGORIES = 10;
    static final int MAX_CATEGORY = 60;
    private static final String CATEGORIES = "category";
    private static final String SOURCES = "source";
    private static final Set<ItemStatus> UNPUBLISHED = Set.of(ItemStatus.HIDDEN, ItemStatus.PENDING_REVIEW);

    @Reference
    private ContentStore store;

    @Reference
    private PluginData data;

    @Reference
    private FileStore files;

    @Reference
    private Blogs blogs;

    @Reference
    private Permalinks permalinks;

    @Reference
    private PostVisibility visibility;

    @Reference
    private DueQueue dueQueue;

    private static final Logger LOG = Logger.getLogger(BlogPosts.class.getName());

    Clock clock = Clock.systemUTC();

    /**
     * Writes a new post on a blog.
     *
     * @throws ProblemException 400 on a bad field or date, 403 if the actor may not write (or publish) there,
     *                          409 if the slug is taken
     */
    public BlogPost create(Blog blog, PostInput input, long actorId) {
        PostInput in = required(input);
        if (!blogs.mayWrite(blog, actorId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "You are not on this blog's team");
        }
        if (in.title == null || in.title.isBlank()) {
            throw new ProblemException(ProblemType.VALIDATION, "title", "A post needs a title");
        }
        Fields fields = fields(in, null);
        Publication publication = Publication.decide(in.state, in.publishAt, null, blogs.mayPublish(blog, actorId),
                blog.pastSchedulingAllowed(), clock.instant());
        String slug = in.slug != null ? slugRequested(blog, in.slug, null) : freeSlug(blog, fields.title);
        return write(blog, fields, slug, publication, Map.of(), actorId);
    }

    /**
     * Changes a post: its content, its slug (the old one keeps redirecting), its state and date.
     *
     * @throws ProblemException 404 if there is no such post the actor may read, 403 if they may not
     *                          change it, 400 on a bad field, 409 on a stale version or a taken slug
     */
    public BlogPost edit(long id, long expectedVersion, PostInput input, long actorId) {
        PostInput in = required(input);
        BlogPost post = published(readable(id, actorId));
        Blog blog = blogOf(post);
        if (!blogs.mayEdit(blog, post.author().id(), actorId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "You may not change this post");
        }
        if (in.title != null && in.title.isBlank()) {
            throw new ProblemException(ProblemType.VALIDATION, "title", "A post needs a title");
        }
        Fields fields = fields(in, post);
        Publication publication = in.state == null && in.publishAt == null
                ? new Publication(post.state(), post.publishAt())
                : Publication.decide(in.state, in.publishAt != null ? in.publishAt : post.publishAt(), post.state(),
                        blogs.mayPublish(blog, actorId), blog.pastSchedulingAllowed(), clock.instant());
        String slug = in.slug == null || in.slug.equals(post.slug()) ? post.slug() : slugRequested(blog, in.slug, id);
        Publication decided = publication;
        Item current = store.find(id).orElseThrow();
        return store.inOneTransaction(() -> {
            if (!slug.equals(post.slug()) && !permalinks.claim(blog.id(), slug, id)) {
                throw slugTaken(slug);
            }
            register(blog, fields.categories);
            if (post.state() == PostState.SCHEDULED) {
                dueQueue.remove(id, post.publishAt());
            }
            if (decided.state() == PostState.SCHEDULED) {
                dueQueue.add(id, decided.publishAt());
            }
            Map<String, Object> attributes = Posts.attributes(slug, fields.excerpt, fields.cover, fields.categories,
                    decided.state(), decided.publishAt(), current.attributes());
            Item edited = store.edit(id, expectedVersion, new ItemEdit(fields.title, fields.body, fields.tags,
                    attributes), actorId);
            ItemStatus status = statusAfter(post, decided.state(), edited.status());
            if (status != edited.status()) {
                edited = store.changeStatus(id, edited.version(), status, actorId);
            }
            return Posts.of(edited);
        });
    }

    /**
     * Deletes a post (kept for the record, as every deleted item).
     *
     * @throws ProblemException 404, 403, 409 as {@link #edit}
     */
    public void delete(long id, long expectedVersion, long actorId) {
        BlogPost post = readable(id, actorId);
        if (!blogs.mayEdit(blogOf(post), post.author().id(), actorId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "You may not delete this post");
        }
        store.inOneTransaction(() -> {
            if (post.state() == PostState.SCHEDULED) {
                dueQueue.remove(id, post.publishAt());
            }
            return store.changeStatus(id, expectedVersion, ItemStatus.DELETED, actorId);
        });
    }

    /** The post, if the viewer may read it: published, or theirs, or they are on the blog's team. */
    public Optional<BlogPost> find(long id, Long viewerId) {
        return store.find(id).filter(item -> PostType.KEY.equals(item.type()))
                .filter(item -> item.status() != ItemStatus.DELETED).map(Posts::of)
                .filter(post -> visibility.readable(post, viewerId));
    }

    /** A blog's published posts, the last out first. */
    public Slice<BlogPost> published(Blog blog, Long before, int limit) {
        return list(new ItemQuery(PostType.KEY, blog.id(), null, null, null, null, before, limit));
    }

    /** Every blog's published posts, the last out first: the site's feed and directory. */
    public Slice<BlogPost> latest(Long before, int limit) {
        return list(new ItemQuery(PostType.KEY, null, null, null, null, null, before, limit));
    }

    /** A blog's published posts in a category (by its slug), the last out first. */
    public Slice<BlogPost> byCategory(Blog blog, String categorySlug, Long before, int limit) {
        return list(new ItemQuery(PostType.KEY, blog.id(), null, null,
                Map.of(Posts.CATEGORY_PREFIX + categorySlug, Posts.MARK), null, before, limit));
    }

    /** Published posts with a tag, of one blog or ({@code blog} null) of all, the last out first. */
    public Slice<BlogPost> byTag(Blog blog, String tag, Long before, int limit) {
        return list(new ItemQuery(PostType.KEY, blog == null ? null : blog.id(), null, tag, null, null, before, limit));
    }

    /** A member's published posts on a blog, the last out first. */
    public Slice<BlogPost> byAuthor(Blog blog, long authorId, Long before, int limit) {
        return list(new ItemQuery(PostType.KEY, blog.id(), authorId, null, null, null, before, limit));
    }

    /** A blog's posts published in a month (UTC), the last out first. */
    public Slice<BlogPost> byMonth(Blog blog, YearMonth month, Long before, int limit) {
        return list(new ItemQuery(PostType.KEY, blog.id(), null, null,
                Map.of(Posts.MONTH, month.toString()), null, before, limit));
    }

    /** A blog's drafts, posts in review and scheduled posts, for its team; empty for anyone else. */
    public Slice<BlogPost> unpublished(Blog blog, Long viewerId, Long before, int limit) {
        if (!blogs.seesUnpublished(blog, viewerId)) {
            return Slice.last(List.of());
        }
        Slice<BlogPost> hidden = list(new ItemQuery(PostType.KEY, blog.id(), null, null, null, UNPUBLISHED, before,
                limit));
        return new Slice<>(hidden.items().stream().filter(post -> post.state() != PostState.PUBLISHED).toList(),
                hidden.next());
    }

    /** The categories a blog's posts were ever filed under, by slug. */
    public List<Category> categories(Blog blog) {
        return data.list(CATEGORIES, blog.id() + "/", 500).stream()
                .map(record -> new Category(record.key().substring(record.key().indexOf('/') + 1),
                        (String) record.value().get("name")))
                .toList();
    }

    /**
     * What a permalink leads to: the post holding (or having held) the slug in the blog, if the
     * viewer may read it. Not {@link PermalinkMatch#current()} when the slug is an old one or the
     * month is not the post's.
     */
    public Optional<PermalinkMatch> bySlug(Blog blog, int year, int month, String slug, Long viewerId) {
        if (!Permalinks.isSlug(slug)) {
            return Optional.empty();
        }
        return permalinks.postOf(blog.id(), slug).flatMap(id -> find(id, viewerId)).map(post -> {
            var date = post.date().atZone(ZoneOffset.UTC);
            return new PermalinkMatch(post, post.slug().equals(slug) && date.getYear() == year
                    && date.getMonthValue() == month);
        });
    }

    /** The post's earlier contents, the last out first, for its blog's team. */
    public List<Revision> revisions(long id, Long viewerId) {
        BlogPost post = readable(id, viewerId);
        if (!blogs.mayEdit(blogOf(post), post.author().id(), viewerId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the blog's team sees a post's revisions");
        }
        return store.revisions(id);
    }

    /**
     * Brings back the title, body and tags of an earlier version (a new revision, the current one
     * being kept too).
     *
     * @throws ProblemException 404 for an unknown version, else as {@link #edit}
     */
    public BlogPost restore(long id, long expectedVersion, long revisionVersion, long actorId) {
        Revision revision = revisions(id, actorId).stream().filter(r -> r.version() == revisionVersion).findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "revision",
                        "This post has no revision " + revisionVersion));
        PostInput in = new PostInput();
        in.title = revision.title();
        in.body = revision.body();
        in.tags = revision.tags();
        return edit(id, expectedVersion, in, actorId);
    }

    /**
     * Creates a post as it was on another platform, or finds it if that source id was imported
     * before into the blog. No review or date rule applies: the importer (an administrator) has
     * the right to bring the blog's history in as it was.
     *
     * @throws ProblemException 400 on a bad field
     */
    public Imported<BlogPost> importPost(Blog blog, ImportedPost post, long actorId) {
        Optional<Imported<BlogPost>> before = Imported.before(post.sourceId(), "post", source -> importedBefore(blog, source));
        if (before.isPresent()) {
            return before.get();
        }
        PostInput in = new PostInput(post.title() == null || post.title().isBlank() ? post.sourceId() : post.title(),
                post.body(), post.state());
        in.excerpt = post.excerpt();
        in.categories = post.categories();
        in.tags = post.tags();
        Fields fields = fields(in, null);
        Instant now = clock.instant();
        Instant published = post.published() == null ? now : post.published();
        Publication publication = post.state() == PostState.DRAFT || post.state() == PostState.IN_REVIEW
                ? new Publication(post.state(), post.published())
                : new Publication(published.isAfter(now) ? PostState.SCHEDULED : PostState.PUBLISHED, published);
        String wanted = post.slug() == null ? null : Permalinks.slugOf(post.slug());
        String slug = wanted != null && !wanted.isEmpty() && permalinks.free(blog.id(), wanted, null) ? wanted
                : freeSlug(blog, fields.title);
        Map<String, Object> extra = new HashMap<>(post.attributes());
        extra.put(Posts.SOURCE, post.sourceId());
        return store.inOneTransaction(() -> {
            BlogPost created = write(blog, fields, slug, publication, extra, post.authorId());
            data.put(SOURCES, blog.id() + "/" + post.sourceId(), Map.of("post", java.math.BigDecimal.valueOf(created.id())));
            return new Imported<>(created, true);
        });
    }

    /** The post imported into the blog under this source id, if any. */
    public Optional<BlogPost> importedBefore(Blog blog, String sourceId) {
        return data.get(SOURCES, blog.id() + "/" + sourceId).map(v -> ((Number) v.get("post")).longValue())
                .flatMap(store::find).map(Posts::of);
    }

    /**
     * Publishes up to {@code limit} scheduled posts due at {@code now}: the publishing clock's work.
     * A post that fails stays due (and is logged), the others go on.
     *
     * @return how many it published, and how many failed
     */
    public DueRun publishDue(Instant now, int limit) {
        int published = 0;
        int failed = 0;
        for (DueQueue.Due due : dueQueue.due(now, limit)) {
            try {
                store.inOneTransaction(() -> {
                    store.find(due.postId()).ifPresent(item -> {
                        BlogPost post = Posts.of(item);
                        if (post.state() == PostState.SCHEDULED && item.status() == ItemStatus.HIDDEN) {
                            store.changeStatus(item.id(), item.version(), ItemStatus.PUBLISHED, item.author().id());
                        }
                    });
                    dueQueue.remove(due.postId(), due.at());
                    return null;
                });
                published++;
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.WARNING, "Could not publish scheduled post " + due.postId(), e);
            }
        }
        return new DueRun(published, failed);
    }

    /** What one pass of the publishing clock did. */
    public record DueRun(int published, int failed) {
    }

    // writing

    private BlogPost write(Blog blog, Fields fields, String slug, Publication publication, Map<String, Object> extra,
            long authorId) {
        Map<String, Object> attributes = Posts.attributes(slug, fields.excerpt, fields.cover, fields.categories,
                publication.state(), publication.publishAt(), extra);
        return store.inOneTransaction(() -> {
            Item item = store.create(new ItemDraft(PostType.KEY, blog.id(), fields.title, fields.body, fields.tags,
                    attributes, publication.state().itemStatus()), authorId);
            if (!permalinks.claim(blog.id(), slug, item.id())) {
                throw slugTaken(slug);
            }
            register(blog, fields.categories);
            if (publication.state() == PostState.SCHEDULED) {
                dueQueue.add(item.id(), publication.publishAt());
            }
            return Posts.of(item);
        });
    }

    /**
     * The post as its history says: a scheduled post the clock published (no longer due) is a
     * published one, also when a moderator has hidden it since, so that an edit does not schedule
     * it again and bring it back.
     */
    private BlogPost published(BlogPost post) {
        if (post.state() != PostState.SCHEDULED || post.publishAt() == null || post.publishAt().isAfter(clock.instant())
                || dueQueue.holds(post.id(), post.publishAt())) {
            return post;
        }
        return new BlogPost(post.id(), post.blogId(), post.slug(), post.title(), post.body(), post.html(), post.excerpt(),
                post.coverFileId(), post.categories(), post.tags(), PostState.PUBLISHED, post.publishAt(), post.author(),
                post.status(), post.reactions(), post.created(), post.updated(), post.version());
    }

    /** The item status after a state change: only a change of state moves a post in or out of sight. */
    private static ItemStatus statusAfter(BlogPost before, PostState after, ItemStatus current) {
        if (before.state() != PostState.PUBLISHED && after == PostState.PUBLISHED && current == ItemStatus.HIDDEN) {
            return ItemStatus.PUBLISHED;
        }
        if (before.state() == PostState.PUBLISHED && after != PostState.PUBLISHED && current == ItemStatus.PUBLISHED) {
            return ItemStatus.HIDDEN;
        }
        return current;
    }

    private void register(Blog blog, List<String> categories) {
        for (String name : categories) {
            String key = blog.id() + "/" + Permalinks.slugOf(name);
            if (data.get(CATEGORIES, key).isEmpty()) {
                data.put(CATEGORIES, key, Map.of("name", name));
            }
        }
    }

    private String slugRequested(Blog blog, String slug, Long postId) {
        if (!Permalinks.isSlug(slug) || slug.length() > Permalinks.MAX_SLUG) {
            throw new ProblemException(ProblemType.VALIDATION, "slug",
                    "A slug has lower-case letters, digits and single dashes, at most " + Permalinks.MAX_SLUG);
        }
        if (!permalinks.free(blog.id(), slug, postId)) {
            throw slugTaken(slug);
        }
        return slug;
    }

    /** The title's slug, numbered if taken; a title without letters or digits gives {@code post}. */
    private String freeSlug(Blog blog, String title) {
        String base = Permalinks.slugOf(title);
        base = base.isEmpty() ? "post" : base;
        String slug = base;
        for (int n = 2; !permalinks.free(blog.id(), slug, null); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static ProblemException slugTaken(String slug) {
        return new ProblemException(ProblemType.CONFLICT, "slug", "Another post of this blog has the address " + slug);
    }

    // reading

    /** Posts as they came out, the last first: by the moment each was (last) published, which the store keeps. */
    private Slice<BlogPost> list(ItemQuery query) {
        ItemPage page = store.query(new ItemQuery(query.type(), query.parentId(), query.authorId(), query.tag(),
                query.attributes(), query.statuses(), query.before(), query.limit(), ItemOrder.ACTIVITY));
        return new Slice<>(page.items().stream().map(Posts::of).toList(), page.next());
    }

    private BlogPost readable(long id, Long viewerId) {
        return find(id, viewerId).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No post " + id));
    }

    private Blog blogOf(BlogPost post) {
        return blogs.find(post.blogId()).orElseThrow(() -> new ItemNotFoundException(post.blogId()));
    }

    // checking

    /** A post's content fields, checked, the post's current ones where the input has none. */
    private record Fields(String title, String body, String excerpt, Long cover, List<String> categories,
            List<String> tags) {
    }

    private Fields fields(PostInput in, BlogPost post) {
        String title = in.title != null ? in.title.strip() : post.title();
        if (title.length() > ContentStore.MAX_TITLE) {
            throw new ProblemException(ProblemType.VALIDATION, "title",
                    "A title has at most " + ContentStore.MAX_TITLE + " characters");
        }
        String body = in.body != null ? in.body : post == null ? "" : post.body();
        if (body.length() > ContentStore.MAX_BODY) {
            throw new ProblemException(ProblemType.VALIDATION, "body",
                    "A post has at most " + ContentStore.MAX_BODY + " characters");
        }
        String excerpt = in.excerpt != null ? in.excerpt.strip() : post == null ? "" : post.excerpt();
        if (excerpt.length() > MAX_EXCERPT) {
            throw new ProblemException(ProblemType.VALIDATION, "excerpt",
                    "An excerpt has at most " + MAX_EXCERPT + " characters");
        }
        Long cover = in.cover != null ? in.cover : post == null ? null : post.coverFileId();
        if (in.cover != null && files.find(in.cover).isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "cover", "No file has id " + in.cover);
        }
        List<String> categories = in.categories != null ? categories(in.categories)
                : post == null ? List.of() : post.categories();
        List<String> tags = in.tags != null ? tags(in.tags) : post == null ? List.of() : post.tags();
        return new Fields(title, body, excerpt, cover, categories, tags);
    }

    private static List<String> categories(List<String> names) {
        Set<String> kept = new LinkedHashSet<>();
        Set<String> slugs = new java.util.HashSet<>();
        for (String name : names) {
            String shown = name == null ? "" : name.strip();
            if (shown.isEmpty() || shown.length() > MAX_CATEGORY || Permalinks.slugOf(shown).isEmpty()) {
                throw new ProblemException(ProblemType.VALIDATION, "categories",
                        "A category has 1 to " + MAX_CATEGORY + " characters, letters or digits among them");
            }
            if (slugs.add(Permalinks.slugOf(shown))) {
                kept.add(shown);
            }
        }
        if (kept.size() > MAX_CATEGORIES) {
            throw new ProblemException(ProblemType.VALIDATION, "categories",
                    "A post has at most " + MAX_CATEGORIES + " categories");
        }
        return new ArrayList<>(kept);
    }

    private static List<String> tags(List<String> tags) {
        if (tags.size() > ContentStore.MAX_TAGS
                || tags.stream().anyMatch(t -> t == null || t.isBlank() || t.length() > ContentStore.MAX_TAG)) {
            throw new ProblemException(ProblemType.VALIDATION, "tags", "A post has at most " + ContentStore.MAX_TAGS
                    + " tags of 1 to " + ContentStore.MAX_TAG + " characters");
        }
        return tags.stream().map(String::strip).distinct().toList();
    }

    private static PostInput required(PostInput input) {
        if (input == null) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "Send the post as a JSON object");
        }
        return input;
    }
}
