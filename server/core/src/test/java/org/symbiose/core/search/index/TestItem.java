package org.symbiose.core.search.index;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Builds items for tests, with plain defaults for whatever a test does not care about. */
final class TestItem {

    static final Instant NOW = Instant.now();

    private final long id;
    private String type = "forum.topic";
    private String plugin = "forum";
    private long authorId = 1;
    private String authorName = "Alice Martin";
    private String language;
    private String title = "";
    private String text = "";
    private List<String> tags = List.of();
    private Map<String, String> facets = Map.of();
    private String status = "PUBLISHED";
    private String place;
    private Instant created = NOW;

    private TestItem(long id) {
        this.id = id;
    }

    static TestItem of(long id) {
        return new TestItem(id);
    }

    TestItem type(String value) { type = value; return this; }
    TestItem plugin(String value) { plugin = value; return this; }
    TestItem author(long id, String name) { authorId = id; authorName = name; return this; }
    TestItem language(String value) { language = value; return this; }
    TestItem title(String value) { title = value; return this; }
    TestItem text(String value) { text = value; return this; }
    TestItem tags(String... values) { tags = List.of(values); return this; }
    TestItem facets(Map<String, String> values) { facets = values; return this; }
    TestItem status(String value) { status = value; return this; }
    TestItem place(String value) { place = value; return this; }
    TestItem created(Instant value) { created = value; return this; }

    IndexedItem build() {
        return new IndexedItem(id, type, plugin, null, authorId, authorName, language, title, text, tags, facets,
                status, place, "/items/" + id, created);
    }
}
