package org.symbiose.plugins.blog.comment;

import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.spi.content.ContentType;

/** A comment under a post; readable where its post is, written through the blog's endpoints only. */
@Component(service = ContentType.class)
public class CommentType implements ContentType {

    /** The content type of comments. */
    public static final String KEY = "blog.comment";

    @Reference
    private CommentVisibility visibility;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? "Commentaire" : "Comment";
    }

    @Override
    public Map<String, String> problems(ItemDraft item) {
        if (item.parentId() == null) {
            return Map.of("parentId", "A comment belongs to a post");
        }
        return item.body().isBlank() ? Map.of("body", "A comment cannot be empty") : Map.of();
    }

    @Override
    public boolean readable(Item item, Long viewerId) {
        return visibility.postReadable(item.parentId(), viewerId);
    }

    @Override
    public boolean writableThroughCore() {
        return false;
    }
}
