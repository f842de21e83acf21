package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.api.content.ItemDraft;

class PluginEndpointTest {

    @Test
    void saysHello() {
        assertEquals("${pluginId}", new PluginEndpoint().hello().get("plugin"));
    }

    @Test
    void listsAreOnePage() {
        assertEquals(List.of("fr", "en"), new PluginEndpoint().languages().items());
    }

    @Test
    void itemsNeedATitle() {
        ItemDraft untitled = new ItemDraft("${pluginId}.item", null, "", "body", List.of(), Map.of(), null);
        assertEquals(Map.of("title", "A title is required"), new PluginItemType().problems(untitled));
    }
}
