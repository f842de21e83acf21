package org.symbiose.plugins.ideas.box;

import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.plugins.ideas.IdeasType;
import org.symbiose.spi.content.ContentType;
import org.symbiose.spi.content.DraftChecks;

/** A suggestion box; readable by those it admits, written through the plugin's endpoints only. */
@Component(service = ContentType.class)
public class BoxType extends IdeasType {

    /** The content type of boxes. */
    public static final String KEY = "ideas.box";

    @Reference
    private Boxes boxes;

    public BoxType() {
        super("box");
    }

    @Override
    public Map<String, String> problems(ItemDraft item) {
        return DraftChecks.of(item).title("A box needs a title").problems();
    }

    @Override
    public boolean readable(Item item, Long viewerId) {
        return boxes.readable(item, viewerId);
    }
}
