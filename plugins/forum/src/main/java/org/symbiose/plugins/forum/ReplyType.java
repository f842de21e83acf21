package org.symbiose.plugins.forum;

import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.spi.content.ContentType;
import org.symbiose.spi.content.DraftChecks;

/** An answer in a topic: it belongs to a topic and is never empty. */
@Component(service = ContentType.class)
public class ReplyType extends ForumType {

    static final String KEY = "forum.reply";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? "Réponse" : "Reply";
    }

    @Override
    public Map<String, String> problems(ItemDraft item) {
        return DraftChecks.of(item).parent("A reply belongs to a topic").body("A reply cannot be empty").problems();
    }
}
