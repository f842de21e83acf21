package org.symbiose.plugins.blog.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.post.BlogPost;
import org.symbiose.plugins.blog.post.Permalinks;

/** The addresses of the blog pages, relative to the site root, as links and redirects use them. */
final class PageAddresses {

    private PageAddresses() {
    }

    static String directory() {
        return Permalinks.PAGES + "index.xhtml";
    }

    static String blog(String blog) {
        return Permalinks.home(blog);
    }

    static String post(Blog blog, BlogPost post) {
        return Permalinks.path(blog.name(), post);
    }

    static String archive(String blog, YearMonth month) {
        return Permalinks.PAGES + "archive.xhtml?blog=" + blog + "&month=" + month;
    }

    static String category(String blog, String slug) {
        return Permalinks.PAGES + "category.xhtml?blog=" + blog + "&category=" + slug;
    }

    static String tag(String tag) {
        return Permalinks.PAGES + "tag.xhtml?tag=" + encoded(tag);
    }

    static String author(String blog, long memberId) {
        return Permalinks.PAGES + "author.xhtml?blog=" + blog + "&id=" + memberId;
    }

    static String write(String blog, Long postId) {
        return Permalinks.PAGES + "write.xhtml?blog=" + blog + (postId == null ? "" : "&id=" + postId);
    }

    static String importing(String blog, Long importId) {
        return Permalinks.PAGES + "import.xhtml?blog=" + blog + (importId == null ? "" : "&import=" + importId);
    }

    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
