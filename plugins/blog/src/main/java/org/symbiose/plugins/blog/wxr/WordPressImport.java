package org.symbiose.plugins.blog.wxr;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.member.MemberDirectory;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.plugins.blog.Imported;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.comment.BlogComment;
import org.symbiose.plugins.blog.comment.BlogComments;
import org.symbiose.plugins.blog.comment.ImportedComment;
import org.symbiose.plugins.blog.post.BlogPost;
import org.symbiose.plugins.blog.post.BlogPosts;
import org.symbiose.plugins.blog.post.ImportedPost;
import org.symbiose.plugins.blog.post.PostState;

/**
 * One WordPress export written into one blog, item by item: posts, pages (as posts of an "imported pages"
 * category), their comments with threads and approval, attachments kept as links (never fetched: the old site may
 * be gone, and the server should not reach addresses an upload names). Each post and comment carries its
 * WordPress id as source id, so importing the file again finds them instead of creating them twice. A refused item
 * is reported with the reason and the others go on.
 */
final class WordPressImport {

    /** The guest author's name on a post written by no member. */
    static final String GUEST_AUTHOR = "importedAuthor";
    /** Marks a post that was a WordPress page. */
    static final String PAGE = "importedPage";
    /** The address the post had on the old site. */
    static final String SOURCE_LINK = "importedFrom";

    private static final int MAX_SOURCE_ID = 150;
    private static final int MAX_TITLE = ContentStore.MAX_TITLE;
    private static final int MAX_EXCERPT = 1000;
    private static final int MAX_CATEGORIES = 10;
    private static final int MAX_CATEGORY = 60;

    private final WordPressExport export;
    private final Blog blog;
    private final long adminId;
    private final BlogPosts posts;
    private final BlogComments comments;
    private final MemberDirectory members;
    private final ImportReport report;
    private final Set<String> categories = new HashSet<>();
    private final Set<String> tags = new HashSet<>();

    WordPressImport(WordPressExport export, Blog blog, long adminId, BlogPosts posts, BlogComments comments,
            MemberDirectory members, ImportReport report) {
        this.export = export;
        this.blog = blog;
        this.adminId = adminId;
        this.posts = posts;
        this.comments = comments;
        this.members = members;
        this.report = report;
    }

    void run() {
        AuthorMatching authors = new AuthorMatching(export, members, report);
        Map<String, List<WxrItem>> attachments = new HashMap<>();
        for (WxrItem item : export.items()) {
            if ("attachment".equals(item.type()) && item.hasParent()) {
                attachments.computeIfAbsent(item.parentId(), parent -> new ArrayList<>()).add(item);
            }
        }
        Set<String> imported = new HashSet<>();
        for (WxrItem item : export.items()) {
            try {
                switch (item.type()) {
                    case "post", "page" -> {
                        if (post(item, authors, attachments.getOrDefault(item.id(), List.of()))) {
                            imported.add(item.id());
                        }
                    }
                    case "attachment" -> attachment(item);
                    default -> skipType(item);
                }
            } catch (ProblemException e) {
                report.skipped(kind(item), item.id(), item.title(), SkipReason.REFUSED, e.getMessage());
            }
            report.processed();
        }
        report.counted("categories", categories.size());
        report.counted("tags", tags.size());
        // attachments whose post was not imported are reported with it, not as links
        attachments.forEach((parent, files) -> {
            if (!imported.contains(parent)) {
                files.forEach(file -> report.skipped("attachment", file.id(), file.title(), SkipReason.ORPHAN_ATTACHMENT,
                        parent));
            }
        });
    }

    /** Imports a post or page and its comments; true if the blog has it now. */
    private boolean post(WxrItem item, AuthorMatching authors, List<WxrItem> files) {
        boolean page = "page".equals(item.type());
        PostState state = switch (item.status()) {
            case "publish", "future" -> PostState.PUBLISHED;
            case "draft", "private" -> PostState.DRAFT;
            case "pending" -> PostState.IN_REVIEW;
            default -> null;
        };
        if (state == null) {
            switch (item.status()) {
                case "trash" -> report.skipped(kind(item), item.id(), item.title(), SkipReason.TRASH);
                case "auto-draft" -> report.skipped(kind(item), item.id(), item.title(), SkipReason.AUTO_DRAFT);
                default -> report.skipped(kind(item), item.id(), item.title(), SkipReason.OTHER_STATUS, item.status());
            }
            return false;
        }
        AuthorMatching.Author author = authors.of(item.creatorLogin());
        Map<String, Object> attributes = new LinkedHashMap<>();
        if (author.guest()) {
            attributes.put(GUEST_AUTHOR, author.name());
        }
        if (page) {
            attributes.put(PAGE, true);
        }
        if (!item.link().isBlank() && item.link().length() <= 500) {
            attributes.put(SOURCE_LINK, item.link());
        }
        List<String> itemCategories = new ArrayList<>();
        if (page) {
            itemCategories.add(pagesCategory());
        }
        item.categories().stream().map(c -> cut(c.name(), MAX_CATEGORY)).filter(c -> !c.isBlank())
                .forEach(itemCategories::add);
        List<String> itemTags = item.tags().stream().map(t -> cut(t.name(), ContentStore.MAX_TAG)).filter(t -> !t.isBlank())
                .distinct().limit(ContentStore.MAX_TAGS).toList();
        ImportedPost post = new ImportedPost(sourceId(item.id()), author.guest() ? adminId : author.memberId(),
                cut(item.title(), MAX_TITLE), body(item, files), cut(item.excerpt().strip(), MAX_EXCERPT),
                itemCategories.stream().distinct().limit(MAX_CATEGORIES).toList(), itemTags,
                item.slug().isBlank() ? null : item.slug(), state, item.date(), attributes);
        Imported<BlogPost> result = posts.importPost(blog, post, adminId);
        report.imported(page ? "pages" : "posts", result.created());
        if (result.created()) {
            categories.addAll(post.categories());
            tags.addAll(itemTags);
        }
        files.forEach(file -> report.imported("attachments", result.created()));
        if ("private".equals(item.status()) && result.created()) {
            report.skipped(kind(item), item.id(), item.title(), SkipReason.PRIVATE_AS_DRAFT);
        }
        comments(item, result.value(), authors);
        return true;
    }

    private void comments(WxrItem item, BlogPost post, AuthorMatching authors) {
        Map<String, Long> ours = new HashMap<>();
        Map<String, WxrComment> byId = new HashMap<>();
        item.comments().forEach(comment -> byId.put(comment.id(), comment));
        // parents first: WordPress usually writes them so, but nothing promises it
        List<WxrComment> ordered = new ArrayList<>(item.comments());
        ordered.sort(Comparator.comparingInt(comment -> depth(comment, byId)));
        for (WxrComment comment : ordered) {
            String who = comment.authorName().isBlank() ? comment.id() : comment.authorName();
            if (!comment.isComment()) {
                report.skipped("comment", comment.id(), who, SkipReason.NOT_A_COMMENT, comment.type());
                continue;
            }
            if (comment.approval() == WxrComment.Approval.SPAM || comment.approval() == WxrComment.Approval.TRASH) {
                report.skipped("comment", comment.id(), who, comment.approval() == WxrComment.Approval.SPAM
                        ? SkipReason.SPAM : SkipReason.TRASH);
                continue;
            }
            if (comment.content().isBlank()) {
                report.skipped("comment", comment.id(), who, SkipReason.EMPTY);
                continue;
            }
            Long answers = comment.parentId().isEmpty() ? null : ours.get(comment.parentId());
            if (!comment.parentId().isEmpty() && answers == null) {
                report.skipped("comment", comment.id(), who, SkipReason.ORPHAN_COMMENT, comment.parentId());
                continue;
            }
            try {
                Imported<BlogComment> result = comments.importComment(post.id(), new ImportedComment(sourceId(comment.id()),
                        answers, authors.commenter(comment), comment.authorName(), comment.content(), comment.date(),
                        comment.approval() == WxrComment.Approval.APPROVED), adminId);
                ours.put(comment.id(), result.value().id());
                report.imported("comments", result.created());
            } catch (ProblemException e) {
                report.skipped("comment", comment.id(), who, SkipReason.REFUSED, e.getMessage());
            }
        }
    }

    private void attachment(WxrItem item) {
        if (item.attachmentUrl().isBlank()) {
            report.skipped("attachment", item.id(), item.title(), SkipReason.NO_ADDRESS);
        } else if (!item.hasParent()) {
            report.skipped("attachment", item.id(), item.title(), SkipReason.LIBRARY_ONLY, cut(item.attachmentUrl(), 200));
        }
        // attached to a post: linked from that post's body, counted with it
    }

    /** The post's body: WordPress's HTML, which Markdown carries, and a link to each attachment it does not show. */
    private static String body(WxrItem item, List<WxrItem> files) {
        StringBuilder body = new StringBuilder(item.content().strip());
        for (WxrItem file : files) {
            String url = file.attachmentUrl();
            if (url.isBlank() || body.indexOf(url) >= 0) {
                continue;
            }
            String label = file.title().isBlank() ? url.substring(url.lastIndexOf('/') + 1) : file.title();
            boolean image = url.matches("(?i).*\\.(png|jpe?g|gif|webp)$");
            body.append("\n\n").append(image ? "!" : "").append('[').append(label.replace("]", "")).append("](").append(url)
                    .append(')');
        }
        return body.toString();
    }

    private String pagesCategory() {
        return "en".equals(blog.language()) ? "Imported pages" : "Pages importées";
    }

    /** The source id of a WordPress id: the site's address with it, so two sites imported into one blog never clash. */
    private String sourceId(String wordPressId) {
        String id = export.link() + "#" + wordPressId;
        if (id.length() <= MAX_SOURCE_ID) {
            return id;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(export.link().getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 16) + "#" + wordPressId;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static int depth(WxrComment comment, Map<String, WxrComment> byId) {
        int depth = 0;
        for (WxrComment at = comment; !at.parentId().isEmpty() && depth < byId.size(); depth++) {
            at = byId.get(at.parentId());
            if (at == null) {
                break;
            }
        }
        return depth;
    }

    private static String kind(WxrItem item) {
        return "page".equals(item.type()) ? "page" : "post".equals(item.type()) ? "post" : item.type();
    }

    private void skipType(WxrItem item) {
        switch (item.type()) {
            case "nav_menu_item" -> report.skipped(item.type(), item.id(), item.title(), SkipReason.MENU_ENTRY);
            case "revision" -> report.skipped(item.type(), item.id(), item.title(), SkipReason.REVISION);
            case "wp_block", "wp_template", "wp_template_part", "wp_navigation", "wp_global_styles" ->
                    report.skipped(item.type(), item.id(), item.title(), SkipReason.THEME_PART);
            default -> report.skipped(item.type(), item.id(), item.title(), SkipReason.OTHER_TYPE, item.type());
        }
    }

    private static String cut(String text, int most) {
        return text.length() > most ? text.substring(0, most) : text;
    }
}
