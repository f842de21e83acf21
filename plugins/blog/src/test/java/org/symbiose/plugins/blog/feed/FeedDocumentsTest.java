package org.symbiose.plugins.blog.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Feeds written with Rome read back with Rome, in both formats, as a reader's client would. */
class FeedDocumentsTest {

    private static final Instant FIRST = Instant.parse("2026-11-02T09:15:30.250Z");
    private static final Instant SECOND = Instant.parse("2026-12-01T18:00:00Z");

    static Feed sample() {
        FeedEntry older = new FeedEntry("https://example.org/p/blog/post.xhtml?id=7", "Premier billet & « guillemets »",
                URI.create("https://example.org/p/blog/post.xhtml?blog=news&slug=premier"), "Zoé Auteur", FIRST, FIRST,
                "Un résumé", "<p>Du <strong>gras</strong> &amp; <a href=\"https://example.org/\">un lien</a></p>",
                List.of("Annonces", "java"));
        FeedEntry newer = new FeedEntry("https://example.org/p/blog/post.xhtml?id=9", "Second <post>",
                URI.create("https://example.org/p/blog/post.xhtml?blog=news&slug=second"), "Bob", SECOND,
                SECOND.plusSeconds(60), "", "<p>Line]]>end</p>", List.of());
        return new Feed("https://example.org/p/blog/blog.xhtml?name=news", "News", "What is new",
                URI.create("https://example.org/p/blog/blog.xhtml?name=news"),
                URI.create("https://example.org/api/v1/blog/feeds/atom/blogs/news"), "fr", SECOND.plusSeconds(60),
                List.of(newer, older));
    }

    @Test
    void atomReadsBackWithEveryField() throws Exception {
        String rendered = FeedDocuments.write(sample(), FeedFormat.ATOM);

        WireFeed wire = new WireFeedInput().build(new StringReader(rendered));
        assertEquals("atom_1.0", wire.getFeedType());
        com.rometools.rome.feed.atom.Feed atom = (com.rometools.rome.feed.atom.Feed) wire;
        assertEquals("https://example.org/p/blog/blog.xhtml?name=news", atom.getId());
        assertEquals("News", atom.getTitle());
        assertEquals("https://example.org/api/v1/blog/feeds/atom/blogs/news", atom.getOtherLinks().get(0).getHref());
        assertEquals("self", atom.getOtherLinks().get(0).getRel());
        assertEquals(2, atom.getEntries().size());
        Entry newest = atom.getEntries().get(0);
        assertEquals("Second <post>", newest.getTitle());
        assertEquals("https://example.org/p/blog/post.xhtml?id=9", newest.getId());
        assertEquals(SECOND, newest.getPublished().toInstant());
        assertEquals(SECOND.plusSeconds(60), newest.getUpdated().toInstant());
        assertEquals("<p>Line]]>end</p>", newest.getContents().get(0).getValue());
        Entry older = atom.getEntries().get(1);
        assertEquals("Zoé Auteur", older.getAuthors().get(0).getName());
        assertEquals(List.of("Annonces", "java"), older.getCategories().stream().map(c -> c.getTerm()).toList());
        assertTrue(older.getContents().get(0).getValue().contains("<strong>gras</strong> &amp;"));
        assertEquals("Un résumé", older.getSummary().getValue());
    }

    @Test
    void rssReadsBackWithEveryField() throws Exception {
        String rendered = FeedDocuments.write(sample(), FeedFormat.RSS);

        assertTrue(rendered.contains("<atom:link"), rendered);
        Channel channel = (Channel) new WireFeedInput().build(new StringReader(rendered));
        assertEquals("rss_2.0", channel.getFeedType());
        assertEquals("News", channel.getTitle());
        assertEquals("fr", channel.getLanguage());
        assertEquals(2, channel.getItems().size());
        Item older = channel.getItems().get(1);
        assertEquals("Premier billet & « guillemets »", older.getTitle());
        assertEquals("https://example.org/p/blog/post.xhtml?id=7", older.getGuid().getValue());
        assertEquals(FIRST.getEpochSecond(), older.getPubDate().toInstant().getEpochSecond(), "RFC 822 dates keep seconds");
        assertEquals(List.of("Annonces", "java"), older.getCategories().stream().map(c -> c.getValue()).toList());

        SyndFeed synd = new SyndFeedInput().build(new StringReader(rendered));
        SyndEntry first = synd.getEntries().get(1);
        assertEquals("Zoé Auteur", first.getAuthor(), "dc:creator, not an e-mail address");
        assertEquals("https://example.org/p/blog/post.xhtml?blog=news&slug=premier", first.getLink());
    }

    @Test
    void anEmptyFeedIsStillValid() throws Exception {
        Feed empty = new Feed("urn:x", "Empty", "", URI.create("https://example.org/"),
                URI.create("https://example.org/feed"), "en", FIRST, List.of());
        for (FeedFormat format : FeedFormat.values()) {
            SyndFeed read = new SyndFeedInput().build(new StringReader(FeedDocuments.write(empty, format)));
            assertEquals("Empty", read.getTitle());
            assertTrue(read.getEntries().isEmpty());
        }
    }
}
