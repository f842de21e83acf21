package org.symbiose.plugins.blog.post;

import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.spi.content.ContentType;

/**
 * A blog post, child of its blog. Written only through the blog's endpoints (team, review and
 * schedule rules); read through the core's item endpoints as on the blog's pages.
 */
@Component(service = ContentType.class)
public class PostType implements ContentType {

    /** The content type of posts. */
    public static final String KEY = "blog.post";

    @Reference
    private PostVisibility visibility;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? "Billet" : "Blog post";
    }

    @Override
    public Map<String, String> problems(ItemDraft item) {
        if (item.parentId() == null) {
            return Map.of("parentId", "A post belongs to a blog");
        }
        return item.title().isBlank() ? Map.of("title", "A post needs a title") : Map.of();
    }

    @Override
    public boolean readable(Item item, Long viewerId) {
        return visibility.readable(Posts.of(item), viewerId);
    }

    @Override
    public boolean writableThroughCore() {
        return false;
    }

    /** A post lists by when it came out (a scheduled one when the clock publishes it), not by its comments. */
    @Override
    public boolean activeByChildren() {
        return false;
    }
}
