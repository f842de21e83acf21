package org.symbiose.plugins.blog.comment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.api.content.ItemOrder;
import org.symbiose.api.content.ItemQuery;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.data.PluginData;
import org.symbiose.api.member.AccountState;
import org.symbiose.api.member.MemberDirectory;
import org.symbiose.api.member.Permissions;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.api.setting.Settings;
import org.symbiose.plugins.blog.Imported;
import org.symbiose.plugins.blog.Slice;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.blog.BlogPermissions;
import org.symbiose.plugins.blog.blog.BlogRole;
import org.symbiose.plugins.blog.blog.Blogs;
import org.symbiose.plugins.blog.post.BlogPost;
import org.symbiose.plugins.blog.post.BlogPosts;

/**
 * Comments under published posts: one level of replies, closed some days after publication when
 * the blog says so, held for the moderators' review queue when the blog pre-moderates (the core's
 * screening may hold one too). The post's author hears of each published comment
 * ({@link CommentNotices}).
 */
@Component(service = BlogComments.class)
public class BlogComments {

    static final Pattern REACTION = Pattern.compile("[a-z][a-z0-9-]{0,29}");
    static final int MAX_GUEST = 100;
    private static final String SOURCES = "comment-source";
    /**
     * The forum's grace for authors deleting what they wrote: one rule across the site, set once by
     * administrators, rather than a second setting saying the same for the blog.
     */
    static final String AUTHOR_GRACE = "forum.delete-grace-minutes";
    /** The forum's default, for a site without the forum. */
    static final long AUTHOR_GRACE_WITHOUT_FORUM = 30;

    @Reference
    private ContentStore store;

    @Reference
    private PluginData data;

    @Reference
    private MemberDirectory members;

    @Reference
    private Blogs blogs;

    @Reference
    private BlogPosts posts;

    @Reference
    private Permissions permissions;

    @Reference
    private Settings settings;

    Clock clock = Clock.systemUTC();

    /**
     * Comments a published post, or answers one of its comments.
     *
     * @param answersCommentId a comment of the same post that answers none, or null
     * @throws ProblemException 404 if the post is not one the actor reads, 403 when comments are
     *                          closed or the account may not write, 400 on a bad body or answer
     */
    public BlogComment add(long postId, Long answersCommentId, String markdown, long actorId) {
        members.requireActive(actorId);
        BlogPost post = posts.find(postId, actorId).filter(BlogPost::isPublic)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No published post " + postId));
        Blog blog = blogs.find(post.blogId()).orElseThrow();
        if (closed(blog, post)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Comments on this post are closed");
        }
        if (markdown == null || markdown.isBlank() || markdown.length() > ContentStore.MAX_BODY) {
            throw new ProblemException(ProblemType.VALIDATION, "body",
                    "A comment has 1 to " + ContentStore.MAX_BODY + " characters");
        }
        Map<String, Object> attributes = new HashMap<>();
        if (answersCommentId != null) {
            attributes.put(BlogComment.ANSWERS, BigDecimal.valueOf(answerable(postId, answersCommentId)));
        }
        ItemStatus status = blog.premoderated() ? ItemStatus.PENDING_REVIEW : ItemStatus.PUBLISHED;
        return BlogComment.of(store.create(new ItemDraft(CommentType.KEY, postId, "", markdown, List.of(), attributes,
                status), actorId));
    }

    /**
     * A post's published comments, oldest first, with the viewer's own ones awaiting review. A deleted
     * comment that has replies stays as an empty placeholder, so that its replies keep their place.
     *
     * @param after the {@code next} of the previous page, or null
     */
    public Slice<BlogComment> list(long postId, Long viewerId, Long after, int limit) {
        if (posts.find(postId, viewerId).isEmpty()) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No post " + postId);
        }
        Set<ItemStatus> statuses = viewerId == null ? Set.of(ItemStatus.PUBLISHED, ItemStatus.DELETED)
                : Set.of(ItemStatus.PUBLISHED, ItemStatus.PENDING_REVIEW, ItemStatus.DELETED);
        var page = store.query(new ItemQuery(CommentType.KEY, postId, null, null, null, statuses, after, limit,
                ItemOrder.OLDEST));
        return new Slice<>(page.items().stream().map(BlogComment::of).filter(comment -> switch (comment.status()) {
            case PUBLISHED -> true;
            case DELETED -> comment.answers() == null && hasReplies(comment);
            default -> comment.author().id() == viewerId;
        }).map(comment -> comment.status() == ItemStatus.DELETED ? comment.emptied() : comment).toList(), page.next());
    }

    /**
     * Deletes a comment: its author within the grace the forum gives its posts, the blog's owners and
     * editors, and holders of {@link BlogPermissions#MODERATE} at any time. Its replies stay, under a
     * placeholder. Deleting a deleted comment changes nothing.
     *
     * @throws ProblemException 404 if the comment is not one the actor reads, 403 if they may not delete it,
     *                          409 if it changed since {@code expectedVersion}
     */
    public void delete(long commentId, long expectedVersion, long actorId) {
        BlogComment comment = readable(commentId, actorId);
        Blog blog = blogs.find(posts.find(comment.postId(), actorId).orElseThrow().blogId()).orElseThrow();
        if (!deletableBy(blog, actorId).test(comment)) {
            throw new ProblemException(ProblemType.FORBIDDEN, comment.guestName() == null
                    && comment.author().id() == actorId
                    ? "Authors delete their comments during " + authorGrace().toMinutes() + " minutes; ask a moderator"
                    : "Only its author, the blog's owners and editors, and moderators delete this comment");
        }
        if (comment.status() != ItemStatus.DELETED) {
            store.changeStatus(commentId, expectedVersion, ItemStatus.DELETED, actorId);
        }
    }

    /** Which comments of a blog's post the member may delete (see {@link #delete}); none for a visitor. */
    public Predicate<BlogComment> deletableBy(Blog blog, Long memberId) {
        if (memberId == null || members.find(memberId).filter(m -> m.state() == AccountState.ACTIVE).isEmpty()) {
            return comment -> false;
        }
        if (permissions.allows(memberId, BlogPermissions.MODERATE) || blogs.manages(blog, memberId)
                || blogs.role(blog, memberId).map(BlogRole::editsOthers).orElse(false)) {
            return comment -> true;
        }
        Instant since = clock.instant().minus(authorGrace());
        return comment -> comment.guestName() == null && comment.author().id() == memberId
                && comment.created().isAfter(since);
    }

    private Duration authorGrace() {
        try {
            return Duration.ofMinutes(Long.parseLong(settings.value(AUTHOR_GRACE)));
        } catch (IllegalArgumentException forumNotInstalled) {
            return Duration.ofMinutes(AUTHOR_GRACE_WITHOUT_FORUM);
        }
    }

    private boolean hasReplies(BlogComment comment) {
        return !store.query(new ItemQuery(CommentType.KEY, comment.postId(), null, null,
                Map.of(BlogComment.ANSWERS, Long.toString(comment.id())), null, null, 1, ItemOrder.OLDEST)).items().isEmpty();
    }

    /** Records a member's reaction ({@code like}, …) to a comment they may read. */
    public BlogComment react(long commentId, long memberId, String kind, boolean on) {
        if (kind == null || !REACTION.matcher(kind).matches()) {
            throw new ProblemException(ProblemType.VALIDATION, "kind", "A reaction is a short lower-case word");
        }
        BlogComment comment = readable(commentId, memberId);
        if (comment.status() != ItemStatus.PUBLISHED) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No published comment " + commentId);
        }
        return BlogComment.of(on ? store.react(commentId, memberId, kind) : store.unreact(commentId, memberId, kind));
    }

    /**
     * Creates a comment as it was on another platform, or finds it if that source id was imported
     * before under the post. An unapproved one waits in the review queue.
     *
     * @param actorId the importer: the author of guests' comments
     */
    public Imported<BlogComment> importComment(long postId, ImportedComment comment, long actorId) {
        Optional<Imported<BlogComment>> before = Imported.before(comment.sourceId(), "comment",
                source -> importedBefore(postId, source));
        if (before.isPresent()) {
            return before.get();
        }
        if (comment.body() == null || comment.body().isBlank() || comment.body().length() > ContentStore.MAX_BODY) {
            throw new ProblemException(ProblemType.VALIDATION, "body", "A comment has 1 to " + ContentStore.MAX_BODY
                    + " characters");
        }
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(BlogComment.SOURCE, comment.sourceId());
        if (comment.date() != null) {
            attributes.put(BlogComment.DATE, comment.date().toString());
        }
        if (comment.answers() != null) {
            attributes.put(BlogComment.ANSWERS, BigDecimal.valueOf(threadOf(postId, comment.answers())));
        }
        if (comment.authorId() == null) {
            String guest = comment.guestName() == null || comment.guestName().isBlank() ? "Anonymous"
                    : comment.guestName().strip();
            attributes.put(BlogComment.GUEST, guest.length() > MAX_GUEST ? guest.substring(0, MAX_GUEST) : guest);
        }
        long author = comment.authorId() != null ? comment.authorId() : actorId;
        ItemStatus status = comment.approved() ? ItemStatus.PUBLISHED : ItemStatus.PENDING_REVIEW;
        return store.inOneTransaction(() -> {
            Item item = store.create(new ItemDraft(CommentType.KEY, postId, "", comment.body(), List.of(), attributes,
                    status), author);
            data.put(SOURCES, postId + "/" + comment.sourceId(), Map.of("comment", BigDecimal.valueOf(item.id())));
            return new Imported<>(BlogComment.of(item), true);
        });
    }

    /** The comment imported under the post with this source id, if any. */
    public Optional<BlogComment> importedBefore(long postId, String sourceId) {
        return data.get(SOURCES, postId + "/" + sourceId).map(v -> ((Number) v.get("comment")).longValue())
                .flatMap(store::find).map(BlogComment::of);
    }

    /** Whether the post takes no more comments: older than the blog's comment days. */
    public boolean closed(Blog blog, BlogPost post) {
        return blog.commentDays() > 0
                && post.date().plus(Duration.ofDays(blog.commentDays())).isBefore(clock.instant());
    }

    /** The comment a reply answers: of the same post, published, and not itself a reply. */
    private long answerable(long postId, long commentId) {
        BlogComment answered = store.find(commentId).filter(item -> CommentType.KEY.equals(item.type()))
                .map(BlogComment::of).filter(c -> c.postId() == postId && c.status() == ItemStatus.PUBLISHED)
                .orElseThrow(() -> new ProblemException(ProblemType.VALIDATION, "answers",
                        "Answer a published comment of the same post"));
        if (answered.answers() != null) {
            throw new ProblemException(ProblemType.VALIDATION, "answers",
                    "Replies have one level: answer the first comment of the thread");
        }
        return commentId;
    }

    /** The first comment of the thread a comment belongs to, for imports of deeper threads. */
    private long threadOf(long postId, long commentId) {
        BlogComment answered = store.find(commentId).filter(item -> CommentType.KEY.equals(item.type()))
                .map(BlogComment::of).filter(c -> c.postId() == postId)
                .orElseThrow(() -> new ProblemException(ProblemType.VALIDATION, "answers",
                        "The answered comment is not one of this post"));
        return answered.answers() != null ? answered.answers() : commentId;
    }

    private BlogComment readable(long commentId, Long viewerId) {
        return store.find(commentId).filter(item -> CommentType.KEY.equals(item.type()))
                .filter(item -> posts.find(item.parentId(), viewerId).isPresent()).map(BlogComment::of)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No comment " + commentId));
    }
}
