package org.symbiose.plugins.blog.feed;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What a feed follows. Each scope knows its address under {@code /api/v1/blog/feeds/<format>/},
 * and says all of itself in its {@code toString}, as the shared cache's keys must.
 */
public sealed interface FeedScope {

    /** The address after {@code feeds/<format>}: empty for the site, else starting with a slash. */
    String path();

    /** The feed's address in {@code format} on the site whose root is {@code site}. */
    default URI address(URI site, FeedFormat format) {
        return site.resolve("api/v1/blog/feeds/" + format.path() + path());
    }

    /** Every blog's published posts. */
    record Site() implements FeedScope {
        @Override
        public String path() {
            return "";
        }
    }

    /** One blog's published posts. */
    record OfBlog(String blog) implements FeedScope {
        @Override
        public String path() {
            return "/blogs/" + segment(blog);
        }
    }

    /** The published posts of one of a blog's categories. */
    record OfCategory(String blog, String category) implements FeedScope {
        @Override
        public String path() {
            return "/blogs/" + segment(blog) + "/categories/" + segment(category);
        }
    }

    /** The published posts of every blog carrying a tag. */
    record OfTag(String tag) implements FeedScope {
        @Override
        public String path() {
            return "/tags/" + segment(tag);
        }
    }

    /** The published comments of a published post. */
    record CommentsOf(long post) implements FeedScope {
        @Override
        public String path() {
            return "/posts/" + post + "/comments";
        }
    }

    /** A path segment: a category or tag may hold spaces and accents. */
    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
