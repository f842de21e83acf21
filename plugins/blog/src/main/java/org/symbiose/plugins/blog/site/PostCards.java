package org.symbiose.plugins.blog.site;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.file.FileStore;
import org.symbiose.api.file.StoredFile;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.blog.Blogs;
import org.symbiose.plugins.blog.feed.PlainText;
import org.symbiose.plugins.blog.post.BlogPost;
import org.symbiose.plugins.blog.post.Permalinks;

/**
 * Blogs and posts as the pages show them: maps (this server's EL does not read records) with
 * their addresses and dates in the reader's language already made.
 */
@Component(service = PostCards.class)
public class PostCards {

    private static final int EXCERPT = 280;

    @Reference
    private Blogs blogs;

    @Reference
    private FileStore files;

    /** A blog: name, title, plain description, language, official, link, cover. */
    public Map<String, Object> blog(Blog blog) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("id", blog.id());
        shown.put("name", blog.name());
        shown.put("title", blog.title());
        shown.put("summary", PlainText.ofMarkdown(blog.description(), EXCERPT));
        shown.put("language", blog.language());
        shown.put("official", blog.official());
        shown.put("link", PageAddresses.blog(blog.name()));
        shown.put("cover", cover(blog.coverFileId()));
        return shown;
    }

    /** Posts of any blogs, each with its blog's name and title looked up once. */
    public List<Map<String, Object>> posts(List<BlogPost> posts, Locale locale) {
        Map<Long, Blog> known = new HashMap<>();
        return posts.stream().map(post -> {
            Blog blog = known.computeIfAbsent(post.blogId(), id -> blogs.find(id).orElse(null));
            return blog == null ? null : post(post, blog, locale);
        }).filter(shown -> shown != null).toList();
    }

    /** A post as lists show it: title, link, date, author, excerpt, cover, categories, tags, state. */
    public Map<String, Object> post(BlogPost post, Blog blog, Locale locale) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("id", post.id());
        shown.put("title", post.title());
        shown.put("link", PageAddresses.post(blog, post));
        shown.put("blogName", blog.name());
        shown.put("blogTitle", blog.title());
        shown.put("blogLink", PageAddresses.blog(blog.name()));
        shown.put("date", date(post.date(), locale));
        shown.put("dateIso", post.date().toString());
        shown.put("month", YearMonth.from(post.date().atZone(ZoneOffset.UTC)).toString());
        shown.put("author", post.author().displayName());
        shown.put("authorLink", PageAddresses.author(blog.name(), post.author().id()));
        shown.put("excerpt", post.excerpt() != null && !post.excerpt().isBlank() ? post.excerpt() : PlainText.ofHtml(post.html(), EXCERPT));
        shown.put("cover", cover(post.coverFileId()));
        shown.put("categories", post.categories().stream().map(name -> Map.of("name", name,
                "link", PageAddresses.category(blog.name(), Permalinks.slugOf(name)))).toList());
        shown.put("tags", post.tags().stream().map(tag -> Map.of("name", tag, "link", PageAddresses.tag(tag))).toList());
        shown.put("state", post.state().name());
        shown.put("public", post.isPublic());
        shown.put("editLink", PageAddresses.write(blog.name(), post.id()));
        return shown;
    }

    /** A date as the reader's language writes it, "7 décembre 2026". */
    public static String date(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(ZoneOffset.UTC).format(at);
    }

    /** A date and time, for what is due later: "7 déc. 2026, 14:30 UTC". */
    public static String dateTime(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(at) + " UTC";
    }

    /** The address of a file of the store (with its key), or null. */
    public String cover(Long fileId) {
        return fileId == null ? null : files.find(fileId).map(StoredFile::url).orElse(null);
    }
}
