package org.symbiose.plugins.ideas.idea;

import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.plugins.ideas.IdeasType;
import org.symbiose.spi.content.ContentType;
import org.symbiose.spi.content.DraftChecks;

/** A comment under an idea; readable where its idea is. */
@Component(service = ContentType.class)
public class CommentType extends IdeasType {

    /** The content type of comments. */
    public static final String KEY = "ideas.comment";

    @Reference
    private Ideas ideas;

    public CommentType() {
        super("comment");
    }

    @Override
    public Map<String, String> problems(ItemDraft item) {
        return DraftChecks.of(item).parent("A comment belongs to an idea").body("A comment cannot be empty").problems();
    }

    @Override
    public boolean readable(Item item, Long viewerId) {
        return item.parentId() != null && ideas.find(item.parentId(), viewerId).isPresent();
    }
}
