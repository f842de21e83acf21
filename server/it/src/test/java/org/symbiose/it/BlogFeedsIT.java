package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The blog plugin's RSS 2.0 and Atom 1.0 feeds on a real server, read back with Rome as a feed
 * reader would: each scope (the site, a blog, a category, a tag, a post's comments) shows the
 * published post and neither the draft nor the post scheduled for later; a reader whose copy is
 * current gets 304, by ETag or by date; a new post shows at once.
 */
class BlogFeedsIT extends Deployed {

    private static final String FEEDS = Blogging.BLOG + "feeds/";
    private static final String WORD = "feed" + UUID.randomUUID().toString().substring(0, 8);

    private static Accounts.Account manager;
    private static Accounts.Account author;
    private static String blog;
    private static long published;

    @BeforeAll
    static void aBlogWithAPublishedPostADraftAndAScheduledOne() {
        manager = Accounts.withRole("COMMUNITY_MANAGER");
        author = Accounts.member("Feed author");
        blog = Blogging.name();
        Blogging.blog(manager, blog, "Feeds " + WORD, "\"language\":\"en\",\"description\":\"About *feeds*\"", author);
        published = Blogging.id(Blogging.post(author, blog, "{\"title\":\"Published " + WORD + "\",\"body\":\"Out **now**\","
                + "\"state\":\"PUBLISHED\",\"categories\":[\"Feed news\"],\"tags\":[\"" + WORD + "\"]}"));
        Blogging.post(author, blog, "{\"title\":\"Draft " + WORD + "\",\"body\":\"Not yet\",\"categories\":[\"Feed news\"],"
                + "\"tags\":[\"" + WORD + "\"]}");
        Blogging.post(author, blog, "{\"title\":\"Later " + WORD + "\",\"body\":\"Tomorrow\",\"state\":\"SCHEDULED\","
                + "\"publishAt\":\"" + Instant.now().plus(Duration.ofDays(1)) + "\",\"categories\":[\"Feed news\"],"
                + "\"tags\":[\"" + WORD + "\"]}");
        Blogging.comment(Accounts.member("Commenter"), published, "Well said " + WORD, null);
    }

    @Test
    void everyScopeInBothFormatsShowsThePublishedPostOnly() throws Exception {
        for (String format : List.of("rss", "atom")) {
            for (String scope : List.of("", "/blogs/" + blog, "/blogs/" + blog + "/categories/feed-news", "/tags/" + WORD)) {
                Reply reply = Api.anonymous().get(FEEDS + format + scope);
                assertThat(reply.status()).as(format + scope + ": " + reply).isEqualTo(200);
                assertThat(reply.contentType()).startsWith("application/" + format + "+xml").contains("UTF-8");
                SyndFeed feed = read(reply);
                List<String> titles = feed.getEntries().stream().map(SyndEntry::getTitle).toList();
                assertThat(titles).as(format + scope).contains("Published " + WORD)
                        .doesNotContain("Draft " + WORD, "Later " + WORD);
                SyndEntry entry = feed.getEntries().stream().filter(e -> e.getTitle().equals("Published " + WORD))
                        .findFirst().orElseThrow();
                assertThat(entry.getLink()).contains("/p/blog/post.xhtml?blog=" + blog + "&month=");
                assertThat(Api.anonymous().get(entry.getLink().replaceFirst("^https?://[^/]+/", "")).status())
                        .as("the entry's link is the post's page").isEqualTo(200);
            }
        }
        assertThat(read(Api.anonymous().get(FEEDS + "atom/blogs/" + blog)).getTitle()).isEqualTo("Feeds " + WORD);
    }

    @Test
    void aPostsCommentsHaveTheirFeed() throws Exception {
        for (String format : List.of("rss", "atom")) {
            Reply reply = Api.anonymous().get(FEEDS + format + "/posts/" + published + "/comments");
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            SyndFeed feed = read(reply);
            assertThat(feed.getEntries()).hasSize(1);
            assertThat(feed.getEntries().get(0).getAuthor()).isEqualTo("Commenter");
            assertThat(feed.getEntries().get(0).getContents().isEmpty() ? feed.getEntries().get(0).getDescription().getValue()
                    : feed.getEntries().get(0).getContents().get(0).getValue()).contains("Well said " + WORD);
        }
    }

    @Test
    void aReaderWhoseCopyIsCurrentGets304ByTagOrByDate() {
        String address = FEEDS + "atom/blogs/" + blog;
        Reply first = Api.anonymous().get(address);
        String tag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        assertThat(tag).isNotBlank();
        assertThat(lastModified).isNotBlank();

        Reply byTag = Api.anonymous().get(address, "If-None-Match", tag);
        assertThat(byTag.status()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(Api.anonymous().get(address, "If-Modified-Since", lastModified).status()).isEqualTo(304);
        String dayBefore = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minusDays(1).withZoneSameInstant(ZoneOffset.UTC));
        assertThat(Api.anonymous().get(address, "If-Modified-Since", dayBefore).status()).isEqualTo(200);
        assertThat(Api.anonymous().get(address, "If-None-Match", "\"other\"").status()).isEqualTo(200);
    }

    @Test
    void aNewPostShowsAtOnceWithANewTag() throws Exception {
        String name = Blogging.name();
        Blogging.blog(manager, name, "Changing " + WORD, "", author);
        String address = FEEDS + "rss/blogs/" + name;
        Reply empty = Api.anonymous().get(address);
        assertThat(read(empty).getEntries()).isEmpty();

        Blogging.post(author, name, "{\"title\":\"Fresh " + WORD + "\",\"body\":\"New\",\"state\":\"PUBLISHED\"}");
        Reply fresh = Api.anonymous().get(address, "If-None-Match", empty.header("ETag"));
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(read(fresh).getEntries()).extracting(SyndEntry::getTitle).containsExactly("Fresh " + WORD);
    }

    @Test
    void whatIsNotThereIsA404Problem() {
        for (String path : List.of("atom/blogs/no-such-blog", "rss/blogs/" + blog + "/categories/no-such-category",
                "json/blogs/" + blog, "atom/posts/999999999/comments")) {
            Reply reply = Api.anonymous().get(FEEDS + path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.contentType()).as(path).startsWith("application/problem+json");
        }
    }

    private static SyndFeed read(Reply reply) throws Exception {
        return new SyndFeedInput().build(new StringReader(reply.body()));
    }
}
