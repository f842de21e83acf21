package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluginEndpointTest {

    @Test
    void saysHello() {
        assertEquals("${pluginId}", new PluginEndpoint().hello().get("plugin"));
    }
}
