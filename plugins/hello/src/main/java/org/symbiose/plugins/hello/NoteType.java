package org.symbiose.plugins.hello;

import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.spi.content.ContentType;

/** The plugin's notes: no spam in them. */
@Component(service = ContentType.class)
public class NoteType implements ContentType {

    static final String KEY = "hello.note";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? "Petite note" : "Short note";
    }

    @Override
    public Map<String, String> problems(ItemDraft item) {
        return item.body().toLowerCase(Locale.ROOT).contains("spam") ? Map.of("body", "A note cannot be spam") : Map.of();
    }
}
