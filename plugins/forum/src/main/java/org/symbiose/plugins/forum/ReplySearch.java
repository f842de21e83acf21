package org.symbiose.plugins.forum;

import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.Item;
import org.symbiose.spi.search.SearchContribution;

/** Replies in search: their text, under their topic's title, linking to their topic. */
@Component(service = SearchContribution.class)
public class ReplySearch extends PostSearch {

    @Reference
    private ContentStore store;

    @Override
    public String type() {
        return PostLookup.REPLY;
    }

    @Override
    Optional<Item> topicOf(Item reply) {
        return store.find(reply.parentId()).filter(topic -> PostLookup.TOPIC.equals(topic.type()));
    }
}
