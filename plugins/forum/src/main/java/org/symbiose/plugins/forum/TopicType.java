package org.symbiose.plugins.forum;

import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.spi.content.ContentType;

/** A conversation that members start in a forum: it needs a title and something to say. */
@Component(service = ContentType.class)
public class TopicType extends ForumType {

    static final String KEY = "forum.topic";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? "Sujet" : "Topic";
    }

    @Override
    public Map<String, String> problems(ItemDraft item) {
        if (item.title().isBlank()) {
            return Map.of("title", "A topic needs a title");
        }
        return item.body().isBlank() ? Map.of("body", "A topic needs a first message") : Map.of();
    }
}
