package org.symbiose.plugins.blog.blog;

import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.spi.content.ContentType;

/**
 * A blog, as the content store keeps it. Written only through the blog's endpoints, where its
 * team and names are checked; readable by everyone.
 */
@Component(service = ContentType.class)
public class BlogType implements ContentType {

    /** The content type of blogs. */
    public static final String KEY = "blog.blog";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String name(Locale locale) {
        return "Blog";
    }

    @Override
    public Map<String, String> problems(ItemDraft item) {
        if (item.title().isBlank()) {
            return Map.of("title", "A blog needs a title");
        }
        return item.attributes().get(Blog.NAME) instanceof String ? Map.of() : Map.of("name", "A blog needs a short name");
    }

    @Override
    public boolean writableThroughCore() {
        return false;
    }
}
