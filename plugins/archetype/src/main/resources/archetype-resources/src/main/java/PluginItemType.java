package ${package};

import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.spi.content.ContentType;

/** The plugin's own kind of item, ${pluginId}.item: the store checks every one with it. */
@Component(service = ContentType.class)
public class PluginItemType implements ContentType {

    @Override
    public String key() {
        return "${pluginId}.item";
    }

    @Override
    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? "Élément" : "Item";
    }

    @Override
    public Map<String, String> problems(ItemDraft item) {
        return item.title().isBlank() ? Map.of("title", "A title is required") : Map.of();
    }
}
