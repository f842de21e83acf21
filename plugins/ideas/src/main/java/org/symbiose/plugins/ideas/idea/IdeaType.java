package org.symbiose.plugins.ideas.idea;

import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.plugins.ideas.IdeasType;
import org.symbiose.spi.content.ContentType;
import org.symbiose.spi.content.DraftChecks;

/** An idea, child of its box; readable where its box is, written through the plugin's endpoints only. */
@Component(service = ContentType.class)
public class IdeaType extends IdeasType {

    /** The content type of ideas. */
    public static final String KEY = "ideas.idea";

    @Reference
    private Ideas ideas;

    public IdeaType() {
        super("idea");
    }

    @Override
    public Map<String, String> problems(ItemDraft item) {
        return DraftChecks.of(item).parent("An idea belongs to a box").title("An idea needs a title").problems();
    }

    @Override
    public boolean readable(Item item, Long viewerId) {
        return ideas.readable(item, viewerId);
    }

    /** An idea lists by when it was proposed; its comments do not make it newer. */
    @Override
    public boolean activeByChildren() {
        return false;
    }
}
