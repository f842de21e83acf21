package org.symbiose.plugins.blog.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.member.MemberRef;

class PermalinksTest {

    @Test
    void aSlugIsLowerCaseAsciiWordsJoinedByDashes() {
        assertEquals("l-ete-a-paris-2026", Permalinks.slugOf("  L'été à Paris — 2026 ! "));
        assertEquals("", Permalinks.slugOf("!!!"));
        assertEquals(Permalinks.MAX_SLUG, Permalinks.slugOf("a".repeat(200)).length());
        assertFalse(Permalinks.slugOf("word ".repeat(40)).endsWith("-"));
    }

    @Test
    void onlyWhatSlugOfKeepsIsASlug() {
        assertTrue(Permalinks.isSlug("hello-world-2"));
        assertFalse(Permalinks.isSlug("Hello"));
        assertFalse(Permalinks.isSlug("a--b"));
        assertFalse(Permalinks.isSlug("-a"));
        assertFalse(Permalinks.isSlug(""));
        assertFalse(Permalinks.isSlug(null));
    }

    @Test
    void aPermalinkCarriesTheMonthOfPublicationInUtc() {
        BlogPost post = new BlogPost(7, 1, "first-words", "First words", "", "", "", null, List.of(), List.of(),
                PostState.PUBLISHED, Instant.parse("2026-03-31T23:30:00Z"), new MemberRef(1, "Ann"), ItemStatus.PUBLISHED,
                Map.of(), Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"), 1);
        assertEquals("/p/blog/news/2026/03/first-words", Permalinks.path("news", post));
    }
}
