package org.symbiose.plugins.blog.post;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.data.PluginData;

/**
 * Readable addresses of posts, {@code /p/blog/post.xhtml?blog=<blog>&month=<yyyy-mm>&slug=<slug>}:
 * the site serves plugin pages as {@code /p/<plugin>/<view>.xhtml}, so the blog, month and slug
 * travel as parameters. A slug is claimed for its post in its blog for good: when a post takes a
 * new slug the old one keeps leading to it.
 */
@Component(service = Permalinks.class)
public class Permalinks {

    /** Where the site's blog pages live. */
    public static final String PAGES = "/p/blog/";
    static final int MAX_SLUG = 80;
    private static final String SLUGS = "slug";
    // claims are permanent: an old address must never come to mean another post
    private static final Duration FOREVER = Duration.ofDays(365L * 1000);

    @Reference
    private PluginData data;

    /** The site address of a blog's home page. */
    public static String home(String blogName) {
        return PAGES + "blog.xhtml?name=" + blogName;
    }

    /** The site address of a post; the month is its date's, in UTC. */
    public static String path(String blogName, BlogPost post) {
        ZonedDateTime date = post.date().atZone(ZoneOffset.UTC);
        return PAGES + "post.xhtml?blog=" + blogName + "&month=" + date.getYear() + "-"
                + String.format("%02d", date.getMonthValue()) + "&slug=" + post.slug();
    }

    /** A slug made of text: lower-case ASCII letters and digits joined by dashes, accents dropped. */
    public static String slugOf(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug;
    }

    /** Whether a slug a writer sent is one: what {@link #slugOf} would keep as it is. */
    public static boolean isSlug(String slug) {
        return slug != null && !slug.isEmpty() && slug.equals(slugOf(slug));
    }

    /** The post that holds (or held) this slug in the blog. */
    public Optional<Long> postOf(long blogId, String slug) {
        return data.get(SLUGS, blogId + "/" + slug).map(value -> ((Number) value.get("post")).longValue());
    }

    /**
     * Claims a slug for a post inside the caller's transaction.
     *
     * @return false if another post holds it (the caller's transaction can then only roll back)
     */
    boolean claim(long blogId, String slug, long postId) {
        Optional<Long> holder = postOf(blogId, slug);
        if (holder.isPresent()) {
            return holder.get() == postId;
        }
        return data.putIfAbsentWithin(SLUGS, blogId + "/" + slug, Map.of("post", BigDecimal.valueOf(postId)), FOREVER);
    }

    /** Whether the slug is free in the blog (or already this post's). */
    boolean free(long blogId, String slug, Long postId) {
        return postOf(blogId, slug).map(holder -> holder.equals(postId)).orElse(true);
    }
}
