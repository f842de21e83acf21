package org.symbiose.plugins.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.member.MemberRef;

class BlogListenersTest {

    private final List<String> heard = new ArrayList<>();

    @Test
    void everyPartHearsEachEventThoughOneFails() throws ReflectiveOperationException {
        BlogListener failing = new BlogListener() {
            @Override
            public void created(Item item) {
                throw new IllegalStateException("broken");
            }
        };
        BlogListener listening = new BlogListener() {
            @Override
            public void created(Item item) {
                heard.add("created " + item.id());
            }

            @Override
            public Optional<String> refuseDeletion(Item item) {
                return Optional.of("kept");
            }
        };
        BlogListeners listeners = new BlogListeners();
        Field parts = BlogListeners.class.getDeclaredField("parts");
        parts.setAccessible(true);
        parts.set(listeners, List.of(failing, listening));
        Item item = new Item(5, "blog.post", "blog", 1L, new MemberRef(1, "Ann"), "T", "", "", List.of(), Map.of(),
                ItemStatus.PUBLISHED, 1, Map.of(), 0, Instant.EPOCH, Instant.EPOCH);

        listeners.created(item);
        assertEquals(List.of("created 5"), heard);
        assertEquals(Optional.of("kept"), listeners.refuseDeletion(item));
    }
}
