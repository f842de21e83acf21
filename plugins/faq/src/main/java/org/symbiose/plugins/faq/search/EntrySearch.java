package org.symbiose.plugins.faq.search;

import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.plugins.faq.entry.Entries;
import org.symbiose.plugins.faq.entry.Entry;
import org.symbiose.plugins.faq.entry.EntryState;
import org.symbiose.plugins.faq.entry.EntryType;
import org.symbiose.spi.search.SearchContribution;
import org.symbiose.spi.search.SearchDocument;

/**
 * Entries in search ({@code type:faq.entry}): published ones only, in their own language, linked
 * to their page, the "applies to" note searched with the answer, with a {@code language} facet.
 */
@Component(service = SearchContribution.class)
public class EntrySearch implements SearchContribution {

    @Reference
    private Entries entries;

    @Override
    public String type() {
        return EntryType.KEY;
    }

    @Override
    public Optional<SearchDocument> document(Item item) {
        Entry entry = entries.of(item);
        if (entry.state() != EntryState.PUBLISHED) {
            return Optional.empty();
        }
        String text = entry.appliesTo().isEmpty() ? entry.answer() : entry.answer() + "\n\n" + entry.appliesTo();
        return Optional.of(new SearchDocument(entry.question(), text, entry.language(), null, entry.link(), Map.of())
                .withFacet("language", entry.language()));
    }
}
