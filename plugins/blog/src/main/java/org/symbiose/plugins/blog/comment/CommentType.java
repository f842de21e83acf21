package org.symbiose.plugins.blog.comment;

import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.plugins.blog.BlogType;
import org.symbiose.spi.content.ContentType;
import org.symbiose.spi.content.DraftChecks;

/** A comment under a post; readable where its post is, written through the blog's endpoints only. */
@Component(service = ContentType.class)
public class CommentType extends BlogType {

    /** The content type of comments. */
    public static final String KEY = "blog.comment";

    @Reference
    private CommentVisibility visibility;

    public CommentType() {
        super(KEY, "Comment", "Commentaire");
    }

    @Override
    public Map<String, String> problems(ItemDraft item) {
        return DraftChecks.of(item).parent("A comment belongs to a post").body("A comment cannot be empty").problems();
    }

    @Override
    public boolean readable(Item item, Long viewerId) {
        return visibility.postReadable(item.parentId(), viewerId);
    }
}
