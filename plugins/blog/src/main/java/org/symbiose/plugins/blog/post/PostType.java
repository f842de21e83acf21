package org.symbiose.plugins.blog.post;

import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.plugins.blog.BlogType;
import org.symbiose.spi.content.ContentType;
import org.symbiose.spi.content.DraftChecks;

/**
 * A blog post, child of its blog. Written only through the blog's endpoints (team, review and
 * schedule rules); read through the core's item endpoints as on the blog's pages.
 */
@Component(service = ContentType.class)
public class PostType extends BlogType {

    /** The content type of posts. */
    public static final String KEY = "blog.post";

    @Reference
    private PostVisibility visibility;

    public PostType() {
        super(KEY, "Blog post", "Billet");
    }

    @Override
    public Map<String, String> problems(ItemDraft item) {
        return DraftChecks.of(item).parent("A post belongs to a blog").title("A post needs a title").problems();
    }

    @Override
    public boolean readable(Item item, Long viewerId) {
        return visibility.readable(Posts.of(item), viewerId);
    }

    /** A post lists by when it came out (a scheduled one when the clock publishes it), not by its comments. */
    @Override
    public boolean activeByChildren() {
        return false;
    }
}
