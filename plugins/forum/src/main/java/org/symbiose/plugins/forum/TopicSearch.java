package org.symbiose.plugins.forum;

import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.symbiose.api.content.Item;
import org.symbiose.spi.search.SearchContribution;

/** Topics in search: their title and first post. */
@Component(service = SearchContribution.class)
public class TopicSearch extends PostSearch {

    @Override
    public String type() {
        return PostLookup.TOPIC;
    }

    @Override
    Optional<Item> topicOf(Item post) {
        return Optional.of(post);
    }
}
