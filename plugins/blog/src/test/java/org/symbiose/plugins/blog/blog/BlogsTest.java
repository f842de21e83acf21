package org.symbiose.plugins.blog.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.member.MemberRef;
import org.symbiose.api.rest.ProblemException;

class BlogsTest {

    private static final Blog BLOG = new Blog(1, "news", "News", "", "fr", null, true, false, false, 0, false,
            new MemberRef(1, "Ann"), Instant.EPOCH, 1, Instant.EPOCH);

    @Test
    void anEditChangesOnlyWhatItNames() {
        BlogInput input = new BlogInput();
        input.premoderated = true;
        input.commentDays = 14;
        Blog changed = Blogs.merged(BLOG, input);
        assertTrue(changed.premoderated());
        assertEquals(14, changed.commentDays());
        assertEquals("News", changed.title());
        assertEquals("fr", changed.language());
    }

    @Test
    void badValuesNameTheirField() {
        BlogInput language = new BlogInput();
        language.language = "de";
        assertEquals("language", assertThrows(ProblemException.class, () -> Blogs.merged(BLOG, language)).field());
        BlogInput days = new BlogInput();
        days.commentDays = -1;
        assertEquals("commentDays", assertThrows(ProblemException.class, () -> Blogs.merged(BLOG, days)).field());
        BlogInput title = new BlogInput();
        title.title = "  ";
        assertEquals("title", assertThrows(ProblemException.class, () -> Blogs.merged(BLOG, title)).field());
    }

    @Test
    void aBlogRoundTripsThroughItsItem() {
        Map<String, Object> attributes = new java.util.HashMap<>(BLOG.attributes());
        attributes.replaceAll((k, v) -> v instanceof Integer i ? BigDecimal.valueOf(i) : v);
        Item item = new Item(1, BlogType.KEY, "blog", null, new MemberRef(1, "Ann"), "News", "", "", List.of(),
                attributes, ItemStatus.PUBLISHED, 1, Map.of(), 0, Instant.EPOCH, Instant.EPOCH);
        assertEquals(BLOG, Blog.of(item));
    }

    @Test
    void namesAreShortLowerCaseAndDashed() {
        assertTrue(Blogs.NAME.matcher("my-blog-2").matches());
        assertFalse(Blogs.NAME.matcher("My blog").matches());
        assertFalse(Blogs.NAME.matcher("a").matches());
        assertFalse(Blogs.NAME.matcher("-blog").matches());
    }

    @Test
    void authorsNeitherPublishUnreviewedNorEditOthers() {
        assertFalse(BlogRole.AUTHOR.publishes());
        assertFalse(BlogRole.AUTHOR.editsOthers());
        assertTrue(BlogRole.EDITOR.publishes());
        assertTrue(BlogRole.OWNER.editsOthers());
    }
}
