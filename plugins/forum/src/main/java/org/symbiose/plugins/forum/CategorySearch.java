package org.symbiose.plugins.forum;

import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.spi.search.SearchContribution;
import org.symbiose.spi.search.SearchDocument;

/**
 * Categories in search: their name and description, in their own place, so that a private category's name is
 * found only by those who may read it (its place is hidden with it, and with a private parent).
 */
@Component(service = SearchContribution.class)
public class CategorySearch implements SearchContribution {

    @Reference
    private CategoryIndex categories;

    @Reference
    private Viewers viewers;

    @Override
    public String type() {
        return Category.TYPE;
    }

    @Override
    public Optional<SearchDocument> document(Item category) {
        return Optional.of(SearchDocument.of(category).withPlace(Category.place(category.id()))
                .withLink("/p/forum/category.xhtml?id=" + category.id()));
    }

    @Override
    public Set<String> hiddenPlaces(Long viewerId) {
        return categories.hiddenPlaces(viewers.of(viewerId));
    }
}
