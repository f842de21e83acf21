package org.symbiose.plugins.forum;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Item;
import org.symbiose.spi.search.SearchContribution;
import org.symbiose.spi.search.SearchDocument;

/**
 * How forum posts are searched: in their category's place (so private categories stay private),
 * with a {@code category} facet and a link to their topic's page. The references are inherited
 * by the subclasses' components (bnd {@code -dsannotations-options: inherit}).
 */
abstract class PostSearch implements SearchContribution {

    // not private: Declarative Services injects only the component class's own private fields
    @Reference
    protected CategoryIndex categories;

    @Reference
    protected Viewers viewers;

    /** The topic a post belongs to, if it is still there. */
    abstract Optional<Item> topicOf(Item post);

    @Override
    public Optional<SearchDocument> document(Item post) {
        return topicOf(post).map(topic -> {
            String link = "/p/forum/topic.xhtml?id=" + topic.id() + (topic.id() == post.id() ? "" : "#reply-" + post.id());
            return new SearchDocument(topic.title(), post.body(), null, Category.place(topic.parentId()), link, Map.of())
                    .withFacet("category", Long.toString(topic.parentId()));
        });
    }

    @Override
    public Set<String> hiddenPlaces(Long viewerId) {
        return categories.hiddenPlaces(viewers.of(viewerId));
    }
}
