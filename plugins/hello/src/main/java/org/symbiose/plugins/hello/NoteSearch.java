package org.symbiose.plugins.hello;

import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.symbiose.api.content.Item;
import org.symbiose.spi.search.SearchContribution;
import org.symbiose.spi.search.SearchDocument;

/** Notes in search: a note marked private lives in a place only moderators read. */
@Component(service = SearchContribution.class)
public class NoteSearch implements SearchContribution {

    static final String PRIVATE = "hello.private";

    @Override
    public String type() {
        return NoteType.KEY;
    }

    @Override
    public Optional<SearchDocument> document(Item item) {
        SearchDocument document = SearchDocument.of(item).withLink("/p/hello/index.xhtml").withFacet("mood", "cheerful");
        return Optional.of(Boolean.TRUE.equals(item.attributes().get("private")) ? document.withPlace(PRIVATE) : document);
    }

    @Override
    public Set<String> hiddenPlaces(Long viewerId) {
        return Set.of(PRIVATE);
    }
}
