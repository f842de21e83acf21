package org.symbiose.plugins.forum;

import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.spi.content.ContentType;

/** A forum category: a named place for topics, possibly inside another category. */
@Component(service = ContentType.class)
public class CategoryType extends ForumType {

    @Override
    public String key() {
        return Category.TYPE;
    }

    @Override
    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? "Catégorie" : "Category";
    }

    @Override
    public Map<String, String> problems(ItemDraft item) {
        return item.title().isBlank() ? Map.of("title", "A category needs a name") : Map.of();
    }
}
