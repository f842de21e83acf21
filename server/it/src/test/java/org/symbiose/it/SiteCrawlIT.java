package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page a visitor, a member, a moderator and an administrator reach from the home page by
 * following links, in French and in English, answers without an error, over a forum where every
 * kind of content exists: nested categories, a private one (moderators only) with its own
 * subcategory, topics with replies, a post waiting for review and a hidden one, and over blogs (an
 * empty one, a long post with comments, a private draft, a post scheduled for later) and a FAQ (nested
 * sections, an empty one, a long answer translated, an entry in one language only, a draft) and suggestion
 * boxes (an empty one, one with more ideas than a page, votes, a comment, an answered and a merged idea, and
 * one open to moderators only). The crawl knows
 * no page by name: a plugin's pages are found through its navigation link, so plugins added later
 * are covered as they come (shown with the hello plugin dropped in).
 */
class SiteCrawlIT extends Deployed {

    private static final String FORUM = "api/v1/forum/";
    private static final String IDEAS = "api/v1/ideas/";
    private static final String WORD = "crawl" + UUID.randomUUID().toString().substring(0, 8);

    private static Accounts.Account manager;

    @BeforeAll
    static void aForumWithEverything() {
        manager = Accounts.withRole("COMMUNITY_MANAGER");
        Accounts.Account moderator = Accounts.withRole("MODERATOR");
        Accounts.Account author = Accounts.member("Author");
        Accounts.Account replier = Accounts.member("Replier");

        long open = category("{\"name\":\"Open " + WORD + "\",\"description\":\"For **everyone**\"}");
        long nested = category("{\"name\":\"Nested " + WORD + "\",\"parent\":" + open + "}");
        long deeper = category("{\"name\":\"Deeper " + WORD + "\",\"parent\":" + nested + "}");
        long staff = category("{\"name\":\"Staff " + WORD + "\",\"read\":\"moderator\"}");
        long staffInner = category("{\"name\":\"Staff inner " + WORD + "\",\"parent\":" + staff + "}");

        // a newcomer posts twice a minute at most: most posts come from members of their own
        long discussed = topic(author, open, "Discussed " + WORD, "What do you think?", "[\"" + WORD + "\"]");
        reply(replier, discussed, "I think it works.");
        long offensive = reply(replier, discussed, "Something rude " + WORD);
        topic(author, nested, "Nested topic " + WORD, "Deep inside", "[]");
        long deep = topic(Accounts.member("Diver"), deeper, "Deeper topic " + WORD, "Even deeper", "[]");
        reply(Accounts.member("Helper"), deep, "An answer down here");
        long secret = topic(moderator, staff, "Staff topic " + WORD, "Only for moderators", "[]");
        reply(moderator, secret, "Agreed, among us");
        topic(Accounts.withRole("MODERATOR"), staffInner, "Staff inner topic " + WORD, "Still only moderators", "[]");

        Reply hidden = moderator.api().post("api/v1/items/" + offensive + "/flags", "{\"reason\":\"OFFENSIVE\"}");
        assertThat(hidden.status()).as(hidden.toString()).isEqualTo(201);
        Reply flagged = Accounts.member("Flagger").api().post("api/v1/items/" + discussed + "/flags", "{\"reason\":\"OFF_TOPIC\"}");
        assertThat(flagged.status()).as(flagged.toString()).isEqualTo(201);

        Accounts.Account watched = Accounts.member("Watched");
        Reply watch = moderator.api().put("api/v1/moderation/members/" + watched.id() + "/watch", "{\"reason\":\"New here\"}");
        assertThat(watch.status()).as(watch.toString()).isEqualTo(200);
        Reply pending = watched.api().post(FORUM + "topics", "{\"category\":" + open + ",\"title\":\"Pending "
                + WORD + "\",\"body\":\"Waiting for a moderator\"}");
        assertThat(pending.status()).as(pending.toString()).isIn(201, 202);
        watched.api().post(FORUM + "topics/" + discussed + "/replies", "{\"body\":\"A pending reply " + WORD + "\"}");

        aBlogOfEveryKind(moderator);
        aFaqOfEveryKind();
        ideaBoxesOfEveryKind(moderator);
    }

    /**
     * An empty suggestion box; a large one with more ideas than a page, a vote, a comment, an idea
     * answered and moved on, and one merged into another; a box open to moderators only.
     */
    private static void ideaBoxesOfEveryKind(Accounts.Account moderator) {
        ideasCreated(manager.api().post(IDEAS + "boxes", "{\"title\":\"Empty box " + WORD + "\"}"));
        long large = ideasCreated(manager.api().post(IDEAS + "boxes", "{\"title\":\"Large box " + WORD
                + "\",\"description\":\"Ideas *for everyone*\",\"voteBudget\":3}"));
        long first = 0;
        long second = 0;
        for (int i = 0; i < 25; i++) {
            long idea = ideasCreated(manager.api().post(IDEAS + "boxes/" + large + "/ideas", "{\"title\":\"Idea " + i + " "
                    + WORD + "\",\"body\":\"Because **" + i + "**\",\"tags\":[\"" + WORD + "\"]}"));
            first = i == 0 ? idea : first;
            second = i == 1 ? idea : second;
        }
        Accounts.Account voter = Accounts.member("Voter");
        assertThat(voter.api().post(IDEAS + first + "/vote", "{}").status()).isEqualTo(200);
        ideasCreated(voter.api().post(IDEAS + first + "/comments", "{\"body\":\"Yes, *please*\"}"));
        Reply answered = manager.api().post(IDEAS + first + "/status", "{\"status\":\"under-review\",\"response\":\"We **look** at it\"}");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        Reply merged = manager.api().post(IDEAS + second + "/merge", "{\"into\":" + first + "}");
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        long staff = ideasCreated(manager.api().post(IDEAS + "boxes", "{\"title\":\"Staff box " + WORD
                + "\",\"access\":\"moderator\"}"));
        ideasCreated(moderator.api().post(IDEAS + "boxes/" + staff + "/ideas", "{\"title\":\"Staff idea " + WORD + "\"}"));
    }

    /**
     * FAQ sections nested two deep and an empty one; a long published answer in French with its
     * English translation, an entry in English only, and a draft.
     */
    private static void aFaqOfEveryKind() {
        long top = faqSection("{\"titles\":{\"fr\":\"Premiers pas " + WORD + "\",\"en\":\"Getting started " + WORD + "\"}}");
        long nested = faqSection("{\"parentId\":" + top + ",\"titles\":{\"fr\":\"Compte " + WORD + "\",\"en\":\"Account " + WORD + "\"}}");
        faqSection("{\"titles\":{\"en\":\"Empty " + WORD + "\"}}");
        String paragraph = "Un long paragraphe avec des mots en **gras** et du `code`. ";
        long french = faqEntry("{\"sectionId\":" + nested + ",\"language\":\"fr\",\"state\":\"PUBLISHED\","
                + "\"question\":\"Comment changer mon mot de passe " + WORD + " ?\",\"appliesTo\":\"Version 2 et plus\","
                + "\"tags\":[\"" + WORD + "\"],\"answer\":\"# Étapes\\n\\n" + paragraph.repeat(40)
                + "\\n\\n## Ensuite\\n\\n" + paragraph.repeat(40) + "\"}");
        long english = faqEntry("{\"sectionId\":" + nested + ",\"language\":\"en\",\"state\":\"PUBLISHED\","
                + "\"question\":\"How do I change my password " + WORD + "?\",\"answer\":\"Open *your profile*.\"}");
        Reply linked = manager.api().put("api/v1/faq/entries/" + english + "/translation", "{\"entryId\":" + french + "}");
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        faqEntry("{\"sectionId\":" + top + ",\"language\":\"en\",\"state\":\"PUBLISHED\","
                + "\"question\":\"Only in English " + WORD + "?\",\"answer\":\"Nobody translated this yet.\"}");
        faqEntry("{\"sectionId\":" + top + ",\"language\":\"fr\","
                + "\"question\":\"Brouillon " + WORD + "\",\"answer\":\"Pas encore prêt\"}");
    }

    /**
     * An empty blog, and one with a long post (categories, tags, comments with a reply, a comment
     * waiting for a moderator), a private draft and a post scheduled for later.
     */
    private static void aBlogOfEveryKind(Accounts.Account moderator) {
        Accounts.Account blogger = Accounts.member("Blogger");
        Blogging.blog(manager, Blogging.name(), "Empty blog " + WORD, "", blogger);
        String blog = Blogging.name();
        Blogging.blog(manager, blog, "Crawled blog " + WORD, "\"description\":\"A blog *for everyone*\","
                + "\"premoderated\":false", blogger);
        // one link only: a new member may put at most 2 in a post
        String paragraph = "A long paragraph with **bold** words and `code`. ";
        long post = Blogging.id(Blogging.post(blogger, blog, "{\"title\":\"Long post " + WORD + "\",\"body\":\"# Part one\\n\\n"
                + "See [the example](https://example.org/). " + paragraph.repeat(40) + "\\n\\n## Part two\\n\\n"
                + paragraph.repeat(40) + "\",\"state\":\"PUBLISHED\","
                + "\"excerpt\":\"What this long post says\",\"categories\":[\"Crawl news\"],\"tags\":[\"" + WORD + "\"]}"));
        long first = Blogging.comment(Accounts.member("Reader"), post, "First comment", null);
        Blogging.comment(Accounts.member("Answerer"), post, "An answer", first);
        Blogging.post(blogger, blog, "{\"title\":\"Private draft " + WORD + "\",\"body\":\"Only the team sees this\"}");
        Blogging.post(blogger, blog, "{\"title\":\"Scheduled " + WORD + "\",\"body\":\"Later\",\"state\":\"SCHEDULED\","
                + "\"publishAt\":\"" + java.time.Instant.now().plus(java.time.Duration.ofDays(2)) + "\"}");
    }

    static Stream<Arguments> people() {
        return Stream.of("fr", "en").flatMap(language -> Stream.of(
                Arguments.of("visitor", language), Arguments.of("member", language),
                Arguments.of("moderator", language), Arguments.of("administrator", language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("people")
    void everyPageReachedFromTheHomePageAnswersWithoutAnError(String who, String language) {
        SiteSession session = switch (who) {
            case "visitor" -> SiteSession.anonymous();
            case "member" -> signedIn(Accounts.member("Crawler", language));
            case "moderator" -> signedIn(Accounts.withRole("MODERATOR", language));
            default -> signedIn(Accounts.withRole("ADMINISTRATOR", language));
        };

        SiteCrawl.Result crawl = new SiteCrawl(session, language).from("", "search.xhtml?q=" + WORD,
                "p/faq/index.xhtml?q=" + WORD);

        assertThat(crawl.problems()).as("pages with a problem, of " + crawl.visited().size() + " visited").isEmpty();
        assertThat(crawl.visited()).as("the forum's pages were reached from the navigation")
                .anyMatch(page -> page.contains("/p/forum/index.xhtml"))
                .anyMatch(page -> page.contains("/p/forum/category.xhtml"))
                .anyMatch(page -> page.contains("/p/forum/topic.xhtml"));
        assertThat(crawl.visited()).as("the blogs' pages were reached from the navigation")
                .anyMatch(page -> page.contains("/p/blog/index.xhtml"))
                .anyMatch(page -> page.contains("/p/blog/blog.xhtml?name="))
                .anyMatch(page -> page.contains("/p/blog/post.xhtml?blog="))
                .anyMatch(page -> page.contains("/p/blog/category.xhtml?blog="))
                .anyMatch(page -> page.contains("/p/blog/tag.xhtml?tag="))
                .anyMatch(page -> page.contains("/p/blog/author.xhtml?blog="))
                .anyMatch(page -> page.contains("/p/blog/archive.xhtml?blog="))
                .anyMatch(page -> page.contains("/api/v1/blog/feeds/"));
        assertThat(crawl.visited()).as("the FAQ's pages were reached from the navigation")
                .anyMatch(page -> page.contains("/p/faq/index.xhtml"))
                .anyMatch(page -> page.contains("/p/faq/entry.xhtml?id="));
        assertThat(crawl.visited()).as("the ideas' pages were reached from the navigation")
                .anyMatch(page -> page.contains("/p/ideas/index.xhtml"))
                .anyMatch(page -> page.contains("/p/ideas/box.xhtml?id="))
                .anyMatch(page -> page.contains("/p/ideas/box.xhtml?id=") && page.contains("before="))
                .anyMatch(page -> page.contains("/p/ideas/idea.xhtml?id="))
                .anyMatch(page -> page.contains("/p/ideas/roadmap.xhtml?box="));
        if (!"visitor".equals(who)) {
            assertThat(crawl.visited()).anyMatch(page -> page.contains("/profile.xhtml"));
            assertThat(crawl.visited()).as("the idea form").anyMatch(page -> page.contains("/p/ideas/propose.xhtml?box="));
            assertThat(crawl.visited()).anyMatch(page -> page.contains("/p/faq/freshness.xhtml"));
        }
        if (List.of("moderator", "administrator").contains(who)) {
            assertThat(crawl.visited()).as("the FAQ's editor page, for its writers")
                    .anyMatch(page -> page.contains("/p/faq/edit.xhtml"));
        }
        if ("administrator".equals(who)) {
            assertThat(crawl.visited()).as("a box's settings and workflow, for managers")
                    .anyMatch(page -> page.contains("/p/ideas/settings.xhtml?box="))
                    .anyMatch(page -> page.endsWith("/p/ideas/settings.xhtml"));
            assertThat(crawl.visited()).as("the WordPress import page, from a blog's home")
                    .anyMatch(page -> page.contains("/p/blog/import.xhtml?blog="));
        }
        if (List.of("moderator", "administrator").contains(who)) {
            assertThat(crawl.visited()).anyMatch(page -> page.contains("/console/dashboard.xhtml"))
                    .anyMatch(page -> page.contains("/console/content-gaps.xhtml"));
        }
    }

    @Test
    void aPluginAddedLaterIsCrawledThroughItsNavigationLink() throws IOException {
        Path hello = Path.of(System.getProperty("symbiose.plugins")).resolve("hello.jar");
        Files.createDirectories(hello.getParent());
        Files.copy(Path.of(System.getProperty("symbiose.hello-plugin")), hello, StandardCopyOption.REPLACE_EXISTING);
        try {
            PluginHostIT.awaitStatus("p/hello/index.xhtml", reply -> reply.status() == 200);
            SiteCrawl.Result crawl = new SiteCrawl(SiteSession.anonymous(), "en").from("");
            assertThat(crawl.problems()).isEmpty();
            assertThat(crawl.visited()).anyMatch(page -> page.endsWith("/p/hello/index.xhtml"));
        } finally {
            Files.delete(hello);
        }
        PluginHostIT.awaitStatus("p/hello/index.xhtml", reply -> reply.status() == 404);
    }

    private static SiteSession signedIn(Accounts.Account account) {
        return SiteSession.signedIn(account.email(), account.password());
    }

    private static long ideasCreated(Reply created) {
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static long faqSection(String json) {
        Reply created = manager.api().post("api/v1/faq/sections", json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static long faqEntry(String json) {
        Reply created = manager.api().post("api/v1/faq/entries", json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static long category(String json) {
        Reply created = manager.api().post(FORUM + "categories", json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static long topic(Accounts.Account author, long category, String title, String body, String tags) {
        Reply created = author.api().post(FORUM + "topics", "{\"category\":" + category + ",\"title\":\"" + title
                + "\",\"body\":\"" + body + "\",\"tags\":" + tags + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static long reply(Accounts.Account author, long topic, String body) {
        Reply created = author.api().post(FORUM + "topics/" + topic + "/replies", "{\"body\":\"" + body + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }
}
