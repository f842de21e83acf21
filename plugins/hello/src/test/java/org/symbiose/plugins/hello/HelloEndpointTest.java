package org.symbiose.plugins.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HelloEndpointTest {

    @Test
    void greetsWithTheBundledText() {
        assertEquals(Map.of("greeting", "Bonjour"), new HelloEndpoint().greeting());
    }
}
