package org.symbiose.plugins.faq.section;

import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.plugins.faq.FaqType;
import org.symbiose.spi.content.ContentType;
import org.symbiose.spi.content.DraftChecks;

/** A section of the FAQ, child of another section or at the top; entries are its children. */
@Component(service = ContentType.class)
public class SectionType extends FaqType {

    /** The content type of sections. */
    public static final String KEY = "faq.section";

    public SectionType() {
        super("section");
    }

    @Override
    public Map<String, String> problems(ItemDraft item) {
        return DraftChecks.of(item).title("A section needs a title").problems();
    }
}
