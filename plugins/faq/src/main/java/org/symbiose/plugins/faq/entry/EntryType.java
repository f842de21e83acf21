package org.symbiose.plugins.faq.entry;

import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.plugins.faq.FaqType;
import org.symbiose.spi.content.ContentType;
import org.symbiose.spi.content.DraftChecks;

/**
 * A FAQ entry: a question and its answer, in a section (or none while a draft). Written only
 * through the FAQ's endpoints; read through the core's item endpoints as on the FAQ's pages.
 */
@Component(service = ContentType.class)
public class EntryType extends FaqType {

    /** The content type of entries. */
    public static final String KEY = "faq.entry";

    @Reference
    private Entries entries;

    public EntryType() {
        super("entry");
    }

    @Override
    public Map<String, String> problems(ItemDraft item) {
        return DraftChecks.of(item).title("An entry needs a question").body("An entry needs an answer").problems();
    }

    @Override
    public boolean readable(Item item, Long viewerId) {
        return entries.readable(item, viewerId);
    }

    /** An entry lists by when it was published. */
    @Override
    public boolean activeByChildren() {
        return false;
    }
}
