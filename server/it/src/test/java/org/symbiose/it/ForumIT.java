package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in forum plugin over REST on a real server: categories and their access by role,
 * topics and replies with paging, accepted answers and watches with their notifications,
 * moderation (pin, lock, move, split, merge), previews, posting limits, bad input, and search
 * that keeps private categories private.
 */
class ForumIT extends Deployed {

    private static final String FORUM = "api/v1/forum/";
    private static final String NEWCOMER_RATE = "api/v1/admin/settings/forum.newcomer-posts-per-minute";

    private static Accounts.Account manager;

    /** Every test member registered moments ago, so each is a newcomer: lift their limit but for the test of it. */
    @BeforeAll
    static void liftNewcomerLimit() {
        manager = Accounts.withRole("COMMUNITY_MANAGER");
        setNewcomerRate("1000");
    }

    @AfterAll
    static void restoreNewcomerLimit() {
        setNewcomerRate("2");
    }

    private static void setNewcomerRate(String value) {
        Reply changed = Accounts.admin().api().put(NEWCOMER_RATE, "{\"value\":\"" + value + "\"}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    @Test
    void aPrivateCategoryShowsToItsRoleOnly() {
        long open = category("{\"name\":\"Open %s\"}");
        long staff = category("{\"name\":\"Staff %s\",\"read\":\"moderator\"}");
        long inner = category("{\"name\":\"Inner %s\",\"parent\":" + staff + "}");
        Accounts.Account moderator = Accounts.withRole("MODERATOR");
        long secret = topic(moderator, staff, "Staff only " + UUID.randomUUID(), "Nobody else reads this");

        for (Api below : List.of(Api.anonymous(), Accounts.member().api())) {
            String tree = below.get(FORUM + "categories").body();
            assertThat(tree).contains("\"id\":" + open).doesNotContain("\"id\":" + staff).doesNotContain("\"id\":" + inner);
            assertThat(below.get(FORUM + "categories/" + staff).status()).isEqualTo(404);
            assertThat(below.get(FORUM + "categories/" + inner).status()).as("a subcategory inherits its parent's privacy").isEqualTo(404);
            assertThat(below.get(FORUM + "categories/" + staff + "/topics").status()).isEqualTo(404);
            assertThat(below.get(FORUM + "topics/" + secret).status()).isEqualTo(404);
            assertThat(below.get(FORUM + "topics/latest?limit=100").body()).doesNotContain("\"id\":" + secret);
            assertThat(below.get("api/v1/items/" + secret).status()).as("nor through the core's item endpoints").isEqualTo(404);
            assertThat(below.get("api/v1/items/" + staff).status()).isEqualTo(404);
            assertThat(below.get("api/v1/items?type=forum.topic&limit=100").body()).doesNotContain("\"id\":" + secret);
        }
        assertThat(moderator.api().get(FORUM + "categories").body()).contains("\"id\":" + staff, "\"id\":" + inner);
        assertThat(moderator.api().get(FORUM + "topics/" + secret).status()).isEqualTo(200);
        assertThat(moderator.api().get("api/v1/items/" + secret).status()).isEqualTo(200);
        Reply write = Accounts.member().api().post(FORUM + "topics", topicJson(staff, "Let me in", "Please"));
        assertThat(write.status()).as(write.toString()).isEqualTo(404);
    }

    @Test
    void onlyCommunityManagersOrganiseCategories() {
        Accounts.Account moderator = Accounts.withRole("MODERATOR");
        assertThat(moderator.api().post(FORUM + "categories", "{\"name\":\"Mine\"}").status()).isEqualTo(403);
        assertThat(Api.anonymous().post(FORUM + "categories", "{\"name\":\"Mine\"}").status()).isEqualTo(401);

        long parent = category("{\"name\":\"Parent %s\",\"position\":2}");
        long child = category("{\"name\":\"Child %s\",\"parent\":" + parent + ",\"colour\":\"#AA3300\",\"qa\":true}");
        JsonObject tree = Api.anonymous().get(FORUM + "categories/" + parent).json();
        assertThat(tree.getJsonArray("children").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(child);
        assertThat(tree.getJsonArray("children").getJsonObject(0).getString("colour")).isEqualTo("#aa3300");

        Reply cycle = manager.api().put(FORUM + "categories/" + parent,
                "{\"name\":\"Parent\",\"parent\":" + child + ",\"version\":" + tree.getJsonNumber("version") + "}");
        assertThat(cycle.status()).as(cycle.toString()).isEqualTo(400);
        assertThat(cycle.body()).contains("\"field\":\"parent\"");
        Reply renamed = manager.api().put(FORUM + "categories/" + parent,
                "{\"name\":\"Renamed\",\"version\":" + tree.getJsonNumber("version") + "}");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().getString("name")).isEqualTo("Renamed");
        Reply stale = manager.api().put(FORUM + "categories/" + parent,
                "{\"name\":\"Again\",\"version\":" + tree.getJsonNumber("version") + "}");
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void aTopicPagesItsRepliesOldestFirst() {
        long category = category("{\"name\":\"Talk %s\"}");
        Accounts.Account author = Accounts.member("Asker");
        Accounts.Account other = Accounts.member("Replier");
        long topic = topic(author, category, "Paging " + UUID.randomUUID(), "First post");
        List<Long> replies = new java.util.ArrayList<>();
        for (int i = 0; i < 23; i++) {
            replies.add(reply(i % 2 == 0 ? other : author, topic, "Reply number " + i + " " + UUID.randomUUID()));
        }

        JsonObject first = other.api().get(FORUM + "topics/" + topic).json();
        assertThat(first.getJsonNumber("replyCount").longValue()).isEqualTo(23);
        assertThat(ids(first.getJsonObject("replies").getJsonArray("items"))).isEqualTo(replies.subList(0, 20));
        assertThat(first.getJsonObject("replies").getString("next")).endsWith("/api/v1/forum/topics/" + topic + "?offset=20");
        JsonObject rest = other.api().get(FORUM + "topics/" + topic + "?offset=20").json();
        assertThat(ids(rest.getJsonObject("replies").getJsonArray("items"))).isEqualTo(replies.subList(20, 23));
        assertThat(rest.getJsonObject("replies").get("next")).as("no next page").isIn(null, JsonValue.NULL);
        assertThat(rest.getJsonNumber("views").longValue()).isGreaterThanOrEqualTo(2);

        JsonObject listed = Api.anonymous().get(FORUM + "categories/" + category + "/topics").json();
        assertThat(listed.getJsonArray("items").getJsonObject(0).getJsonNumber("replyCount").longValue()).isEqualTo(23);
        assertThat(Api.anonymous().get(FORUM + "topics/unanswered?limit=100").body()).doesNotContain("\"id\":" + topic + ",");
        assertThat(Api.anonymous().get(FORUM + "members/" + author.id() + "/topics").body()).contains("\"id\":" + topic);
        assertThat(ids(Api.anonymous().get(FORUM + "members/" + other.id() + "/replies?limit=3").json().getJsonArray("items")))
                .containsExactly(replies.get(22), replies.get(20), replies.get(18));
    }

    @Test
    void anAcceptedAnswerTellsItsAuthor() {
        long qa = category("{\"name\":\"Questions %s\",\"qa\":true}");
        Accounts.Account asker = Accounts.member("Asker");
        Accounts.Account expert = Accounts.member("Expert");
        long question = topic(asker, qa, "How do I " + UUID.randomUUID(), "Please help");
        long answer = reply(expert, question, "Like this " + UUID.randomUUID());

        assertThat(expert.api().put(FORUM + "topics/" + question + "/accepted", "{\"reply\":" + answer + "}").status())
                .as("only the asker or a moderator accepts").isEqualTo(403);
        Reply accepted = asker.api().put(FORUM + "topics/" + question + "/accepted", "{\"reply\":" + answer + "}");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        JsonObject shown = Api.anonymous().get(FORUM + "topics/" + question).json();
        assertThat(shown.getJsonNumber("acceptedAnswer").longValue()).isEqualTo(answer);
        assertThat(shown.getJsonObject("replies").getJsonArray("items").getJsonObject(0).getBoolean("accepted")).isTrue();
        assertThat(notifications(expert)).anySatisfy(n -> {
            assertThat(n.getString("kind")).isEqualTo("accepted");
            assertThat(n.getJsonNumber("itemId").longValue()).isEqualTo(answer);
        });

        long plain = topic(asker, category("{\"name\":\"Chat %s\"}"), "Not a question " + UUID.randomUUID(), "Hi");
        long hello = reply(expert, plain, "Hello " + UUID.randomUUID());
        assertThat(asker.api().put(FORUM + "topics/" + plain + "/accepted", "{\"reply\":" + hello + "}").status()).isEqualTo(409);

        // promote to FAQ: the topic's moderators, a topic with an accepted answer, only while a knowledge base is there
        Accounts.Account moderator = Accounts.withRole("MODERATOR");
        assertThat(Api.anonymous().post(FORUM + "topics/" + question + "/promotion", "").status()).isEqualTo(401);
        assertThat(asker.api().post(FORUM + "topics/" + question + "/promotion", "").status()).as("not a moderator").isEqualTo(403);
        assertThat(moderator.api().post(FORUM + "topics/" + plain + "/promotion", "").status()).as("no accepted answer").isEqualTo(409);
        assertThat(moderator.api().post(FORUM + "topics/999999999/promotion", "").status()).isEqualTo(404);
        Reply promoted = moderator.api().post(FORUM + "topics/" + question + "/promotion", "");
        SiteSession moderatorPage = SiteSession.signedIn(moderator.email(), moderator.password());
        // the built-in FAQ offers the knowledge base (without one the forum answers 404: TopicPromotionTest)
        assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
        String link = promoted.json().getString("link");
        assertThat(moderator.api().post(FORUM + "topics/" + question + "/promotion", "").json().getString("link"))
                .as("promoted once").isEqualTo(link);
        assertThat(moderatorPage.get("p/forum/topic.xhtml?id=" + question).body()).contains("id=\"faqEntry\"")
                .doesNotContain("topic-actions:promote");
        Reply draft = moderator.api().get("api/v1/faq/entries/" + promoted.json().getJsonNumber("entryId").longValue());
        assertThat(draft.status()).as(draft.toString()).isEqualTo(200);
        assertThat(draft.json().getJsonObject("entry").getJsonObject("credit").getString("sourceLink"))
                .as("the draft credits the topic").contains(String.valueOf(question));
        assertThat(expert.api().get("api/v1/me/notifications").body()).as("the answer's author is told").contains("faq-promoted");
    }

    @Test
    void aNewTopicsTitleSuggestsSimilarTopicsAndTheDashboardCountsDeflectedQuestions() {
        String word = "deflect" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        long similar = topic(Accounts.member("Asker"), category("{\"name\":\"Deflection %s\"}"), "Printer " + word + " jammed", "Stuck");
        awaitSearch(Api.anonymous(), word, reply -> reply.json().getJsonNumber("total").longValue() == 1);
        Reply suggested = Api.anonymous().get(FORUM + "suggestions?title=" + encode("My " + word.toUpperCase() + " printer is jammed again?"));
        assertThat(suggested.status()).as(suggested.toString()).isEqualTo(200);
        assertThat(suggested.json().getJsonArray("items")).anySatisfy(item -> {
            assertThat(item.asJsonObject().getString("kind")).isEqualTo("topic");
            assertThat(item.asJsonObject().getString("link")).isEqualTo("/p/forum/topic.xhtml?id=" + similar);
        });
        assertThat(Api.anonymous().get(FORUM + "suggestions?title=" + encode("a b")).json().getJsonArray("items")).isEmpty();
        assertThat(Api.anonymous().get(FORUM + "suggestions").status()).isEqualTo(400);
        assertThat(Api.anonymous().get(FORUM + "suggestions?title=" + "x".repeat(301)).status()).isEqualTo(400);

        Accounts.Account moderator = Accounts.withRole("MODERATOR");
        SiteSession console = SiteSession.signedIn(moderator.email(), moderator.password());
        long before = deflected(console);
        String deflected = UUID.randomUUID().toString();
        String posted = UUID.randomUUID().toString();
        assertThat(Api.anonymous().post("api/v1/search/deflections/" + deflected, "").status()).isEqualTo(204);
        assertThat(Api.anonymous().post("api/v1/search/deflections/" + deflected, "").status()).as("told twice").isEqualTo(204);
        assertThat(Api.anonymous().post("api/v1/search/deflections/" + posted, "").status()).isEqualTo(204);
        assertThat(Api.anonymous().post("api/v1/search/deflections/" + posted + "/posted", "").status()).isEqualTo(204);
        assertThat(Api.anonymous().post("api/v1/search/deflections/short", "").status()).isEqualTo(400);
        assertThat(Api.anonymous().post("api/v1/search/deflections/" + "x".repeat(41) + "/posted", "").status()).isEqualTo(400);
        assertThat(deflected(console)).as("only the composer that posted nothing").isEqualTo(before + 1);
    }

    private static long deflected(SiteSession console) {
        Matcher count = Pattern.compile("id=\"deflected\">\\s*(\\d+)")
                .matcher(console.get("console/dashboard.xhtml?days=7").body());
        assertThat(count.find()).as("the dashboard's deflected questions").isTrue();
        return Long.parseLong(count.group(1));
    }

    @Test
    void watchersAndMentionedMembersAreNotified() {
        long category = category("{\"name\":\"Watched %s\"}");
        Accounts.Account author = Accounts.member("Author");
        Accounts.Account watcher = Accounts.member("Watcher");
        String mentionedName = "Mentioned" + UUID.randomUUID().toString().substring(0, 8);
        Accounts.Account mentioned = Accounts.member(mentionedName, "fr");
        String title = "Watch me " + UUID.randomUUID();
        long topic = topic(author, category, title, "Anyone?");
        assertThat(watcher.api().put(FORUM + "topics/" + topic + "/watch", null).status()).isEqualTo(200);

        long reply = reply(watcher, topic, "Here, and hello @" + mentionedName + " " + UUID.randomUUID());
        assertThat(notifications(author)).as("the author watches their topic")
                .anySatisfy(n -> assertThat(n.getString("kind") + n.getJsonNumber("itemId") + " " + n.getString("text"))
                        .isEqualTo("reply" + reply + " Watcher replied to “" + title + "”"));
        assertThat(notifications(mentioned)).as("in the mentioned member's language")
                .anySatisfy(n -> assertThat(n.getString("kind") + n.getJsonNumber("itemId") + " " + n.getString("text"))
                        .isEqualTo("mention" + reply + " Watcher vous a mentionné dans « " + title + " »"));
        assertThat(notifications(watcher)).as("nobody is told of their own reply")
                .noneSatisfy(n -> assertThat(n.getJsonNumber("itemId").longValue()).isEqualTo(reply));

        long second = reply(author, topic, "Thanks " + UUID.randomUUID());
        assertThat(notifications(watcher))
                .anySatisfy(n -> assertThat(n.getString("kind") + n.getJsonNumber("itemId")).isEqualTo("reply" + second));
        assertThat(watcher.api().delete(FORUM + "topics/" + topic + "/watch").status()).isEqualTo(200);
        long third = reply(author, topic, "Still there? " + UUID.randomUUID());
        assertThat(notifications(watcher)).noneSatisfy(n -> assertThat(n.getJsonNumber("itemId").longValue()).isEqualTo(third));
    }

    @Test
    void moderatorsPinAndLockAndLockingRefusesReplies() {
        long category = category("{\"name\":\"Moderated %s\"}");
        Accounts.Account member = Accounts.member();
        Accounts.Account moderator = Accounts.withRole("MODERATOR");
        long older = topic(member, category, "Older " + UUID.randomUUID(), "First");
        long newer = topic(member, category, "Newer " + UUID.randomUUID(), "Second");

        assertThat(member.api().put(FORUM + "topics/" + older + "/pinned", "{\"value\":true}").status()).isEqualTo(403);
        Reply pinned = moderator.api().put(FORUM + "topics/" + older + "/pinned", "{\"value\":true,\"reason\":\"FAQ\"}");
        assertThat(pinned.status()).as(pinned.toString()).isEqualTo(200);
        assertThat(ids(Api.anonymous().get(FORUM + "categories/" + category + "/topics").json().getJsonArray("items")))
                .containsExactly(older, newer);

        assertThat(moderator.api().put(FORUM + "topics/" + newer + "/locked", "{\"value\":true}").status()).isEqualTo(200);
        Reply refused = member.api().post(FORUM + "topics/" + newer + "/replies", "{\"body\":\"Too late\"}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Api.anonymous().get(FORUM + "topics/" + newer).json().getJsonNumber("replyCount").longValue()).isZero();

        Reply merged = moderator.api().post(FORUM + "topics/" + older + "/merge", "{\"into\":" + newer + "}");
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(Api.anonymous().get(FORUM + "topics/" + older).json().getJsonNumber("mergedInto").longValue()).isEqualTo(newer);
        assertThat(Accounts.admin().api().get("api/v1/moderation/audit").body()).contains("forum.pin", "forum.lock", "forum.merge");
    }

    @Test
    void aReplyLeavesItsTopicUnwrittenAndCountsBesideIt() {
        long category = category("{\"name\":\"Counted %s\"}");
        Accounts.Account member = Accounts.member();
        long topic = topic(member, category, "Counted " + UUID.randomUUID(), "Count me");
        long version = Api.anonymous().get(FORUM + "topics/" + topic).json().getJsonObject("topic").getJsonNumber("version").longValue();
        reply(Accounts.member(), topic, "Counted once " + UUID.randomUUID());

        JsonObject shown = Api.anonymous().get(FORUM + "topics/" + topic).json();
        assertThat(shown.getJsonNumber("replyCount").longValue()).isEqualTo(1);
        assertThat(shown.getJsonObject("topic").getJsonNumber("version").longValue()).as("the topic is not rewritten").isEqualTo(version);
        assertThat(Accounts.withRole("MODERATOR").api().get("api/v1/items/" + topic + "/revisions").items()).isEmpty();
        JsonObject forum = Accounts.admin().api().get("api/v1/admin/plugins").items().getValuesAs(JsonObject.class).stream()
                .filter(plugin -> plugin.getString("id").equals("forum")).findFirst().orElseThrow();
        assertThat(forum.getInt("dataVersion")).as("counts moved out of the topics: " + forum).isEqualTo(1);
    }

    @Test
    void aReplyHiddenByModerationIsNoLongerCounted() {
        long category = category("{\"name\":\"Flagged %s\"}");
        Accounts.Account member = Accounts.member();
        long topic = topic(member, category, "Flagged " + UUID.randomUUID(), "Keep it clean");
        long kept = reply(member, topic, "Fine words " + UUID.randomUUID());
        long bad = reply(Accounts.member(), topic, "Bad words " + UUID.randomUUID());
        Reply flagged = Accounts.withRole("MODERATOR").api().post("api/v1/items/" + bad + "/flags", "{\"reason\":\"ILLEGAL\"}");
        assertThat(flagged.status()).as(flagged.toString()).isEqualTo(201);
        assertThat(flagged.json().getBoolean("hidden")).isTrue();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        JsonObject shown;
        do {
            sleep();
            shown = Api.anonymous().get(FORUM + "topics/" + topic).json();
        } while (shown.getJsonNumber("replyCount").longValue() != 1 && Instant.now().isBefore(deadline));
        assertThat(shown.getJsonNumber("replyCount").longValue()).as("counted again once hidden").isEqualTo(1);
        assertThat(ids(shown.getJsonObject("replies").getJsonArray("items"))).containsExactly(kept);
    }

    @Test
    void sharedReadsFollowEveryChangeAtOnce() {
        long category = category("{\"name\":\"Cached %s\"}");
        Accounts.Account member = Accounts.member();
        long older = topic(member, category, "Older " + UUID.randomUUID(), "Read me twice");
        long newer = topic(member, category, "Newer " + UUID.randomUUID(), "Me too");
        assertThat(replyIds(older)).isEmpty();
        assertThat(ids(Api.anonymous().get(FORUM + "categories/" + category + "/topics").json().getJsonArray("items")))
                .containsExactly(newer, older);

        long kept = reply(member, older, "Kept " + UUID.randomUUID());
        assertThat(replyIds(older)).as("a new reply shows at once").containsExactly(kept);
        assertThat(ids(Api.anonymous().get(FORUM + "categories/" + category + "/topics").json().getJsonArray("items")))
                .as("the topic replied to comes first").containsExactly(older, newer);

        long bad = reply(Accounts.member(), older, "Bad " + UUID.randomUUID());
        assertThat(replyIds(older)).containsExactly(kept, bad);
        Reply flagged = Accounts.withRole("MODERATOR").api().post("api/v1/items/" + bad + "/flags", "{\"reason\":\"ILLEGAL\"}");
        assertThat(flagged.json().getBoolean("hidden")).as(flagged.toString()).isTrue();
        // moderation hides it outside the forum: its listener hears it moments after the commit
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (replyIds(older).contains(bad) && Instant.now().isBefore(deadline)) {
            sleep();
        }
        assertThat(replyIds(older)).as("a reply hidden by moderation leaves").containsExactly(kept);

        JsonObject shown = Api.anonymous().get(FORUM + "categories/" + category).json();
        Reply closed = manager.api().put(FORUM + "categories/" + category, "{\"name\":\"" + shown.getString("name")
                + "\",\"read\":\"member\",\"version\":" + shown.getJsonNumber("version") + "}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(Api.anonymous().get(FORUM + "topics/" + older).status()).as("private at once").isEqualTo(404);
        assertThat(Api.anonymous().get(FORUM + "categories/" + category + "/topics").status()).isEqualTo(404);
        assertThat(Api.anonymous().get("p/forum/topic.xhtml?id=" + older).status()).isEqualTo(404);
        assertThat(member.api().get(FORUM + "topics/" + older).status()).isEqualTo(200);
    }

    @Test
    void moderatorsMoveATopicWhereTheyModerateToo() {
        long from = category("{\"name\":\"Move from %s\"}");
        long to = category("{\"name\":\"Move to %s\"}");
        long guarded = category("{\"name\":\"Managers only %s\",\"moderate\":\"community-manager\"}");
        Accounts.Account member = Accounts.member();
        Accounts.Account moderator = Accounts.withRole("MODERATOR");
        long topic = topic(member, from, "Misplaced " + UUID.randomUUID(), "Wrong category");
        reply(member, topic, "Agreed " + UUID.randomUUID());

        assertThat(member.api().put(FORUM + "topics/" + topic + "/category", "{\"category\":" + to + "}").status()).isEqualTo(403);
        Reply refused = moderator.api().put(FORUM + "topics/" + topic + "/category", "{\"category\":" + guarded + "}");
        assertThat(refused.status()).as("the target category's moderators only: " + refused).isEqualTo(403);
        Reply moved = moderator.api().put(FORUM + "topics/" + topic + "/category", "{\"category\":" + to + ",\"reason\":\"Tidy\"}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

        JsonObject shown = Api.anonymous().get(FORUM + "topics/" + topic).json();
        assertThat(shown.getJsonNumber("categoryId").longValue()).isEqualTo(to);
        assertThat(shown.getJsonNumber("replyCount").longValue()).isEqualTo(1);
        assertThat(ids(Api.anonymous().get(FORUM + "categories/" + from + "/topics").json().getJsonArray("items"))).doesNotContain(topic);
        assertThat(ids(Api.anonymous().get(FORUM + "categories/" + to + "/topics").json().getJsonArray("items"))).containsExactly(topic);
        assertThat(Accounts.admin().api().get("api/v1/moderation/audit").body()).contains("forum.move");
    }

    @Test
    void splitRepliesOpenANewTopicInTheirAuthorsNames() {
        long category = category("{\"name\":\"Split %s\"}");
        long elsewhere = category("{\"name\":\"Split into %s\"}");
        Accounts.Account asker = Accounts.member();
        Accounts.Account digresser = Accounts.member("Digresser");
        Accounts.Account follower = Accounts.member("Follower");
        Accounts.Account moderator = Accounts.withRole("MODERATOR");
        long topic = topic(asker, category, "On topic " + UUID.randomUUID(), "The question");
        long kept = reply(asker, topic, "On topic answer " + UUID.randomUUID());
        String aside = "By the way " + UUID.randomUUID();
        long first = reply(digresser, topic, aside);
        long second = reply(follower, topic, "Indeed " + UUID.randomUUID());

        Reply split = moderator.api().post(FORUM + "topics/" + topic + "/split", "{\"replies\":[" + second + "," + first
                + "],\"title\":\"An aside\",\"category\":" + elsewhere + ",\"reason\":\"Off topic\"}");
        assertThat(split.status()).as(split.toString()).isEqualTo(201);
        long created = split.json().getJsonNumber("id").longValue();

        JsonObject opened = Api.anonymous().get(FORUM + "topics/" + created).json();
        assertThat(opened.getJsonNumber("categoryId").longValue()).isEqualTo(elsewhere);
        assertThat(opened.getJsonObject("topic").getString("title")).isEqualTo("An aside");
        assertThat(opened.getJsonObject("topic").getString("body")).isEqualTo(aside);
        assertThat(opened.getJsonObject("topic").getJsonObject("author").getJsonNumber("id").longValue()).isEqualTo(digresser.id());
        assertThat(opened.getJsonNumber("replyCount").longValue()).isEqualTo(1);
        JsonObject moved = opened.getJsonObject("replies").getJsonArray("items").getJsonObject(0);
        assertThat(moved.getJsonNumber("id").longValue()).isEqualTo(second);
        assertThat(moved.getJsonObject("author").getJsonNumber("id").longValue()).isEqualTo(follower.id());

        JsonObject left = Api.anonymous().get(FORUM + "topics/" + topic).json();
        assertThat(left.getJsonNumber("replyCount").longValue()).isEqualTo(1);
        assertThat(ids(left.getJsonObject("replies").getJsonArray("items"))).containsExactly(kept);
        assertThat(Accounts.admin().api().get("api/v1/moderation/audit").body()).contains("forum.split");
    }

    @Test
    void mergingMovesTheRepliesAndClosesTheMergedTopic() {
        long category = category("{\"name\":\"Merge %s\"}");
        Accounts.Account member = Accounts.member();
        Accounts.Account moderator = Accounts.withRole("MODERATOR");
        long duplicate = topic(member, category, "Duplicate " + UUID.randomUUID(), "Asked twice");
        long original = topic(member, category, "Original " + UUID.randomUUID(), "Asked first");
        long early = reply(member, original, "Early " + UUID.randomUUID());
        long one = reply(member, duplicate, "One " + UUID.randomUUID());
        long two = reply(member, duplicate, "Two " + UUID.randomUUID());

        Reply merged = moderator.api().post(FORUM + "topics/" + duplicate + "/merge", "{\"into\":" + original + "}");
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);

        JsonObject into = Api.anonymous().get(FORUM + "topics/" + original).json();
        assertThat(into.getJsonNumber("replyCount").longValue()).isEqualTo(3);
        assertThat(ids(into.getJsonObject("replies").getJsonArray("items"))).containsExactly(early, one, two);
        JsonObject closed = Api.anonymous().get(FORUM + "topics/" + duplicate).json();
        assertThat(closed.getJsonNumber("mergedInto").longValue()).isEqualTo(original);
        assertThat(closed.getBoolean("locked")).isTrue();
        assertThat(closed.getJsonNumber("replyCount").longValue()).isZero();
        assertThat(closed.getJsonObject("topic").getString("body")).as("the merged topic keeps its opening post").isEqualTo("Asked twice");
        Reply again = moderator.api().post(FORUM + "topics/" + duplicate + "/merge", "{\"into\":" + original + "}");
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
    }

    @Test
    void membersPreviewMarkdownRenderedAndSanitized() {
        Reply preview = Accounts.member().api().post(FORUM + "preview",
                "{\"body\":\"Some **bold** words <script>alert(1)</script>\"}");
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().getString("html")).contains("<strong>bold</strong>").doesNotContain("<script");
        assertThat(Api.anonymous().post(FORUM + "preview", "{\"body\":\"x\"}").status()).isEqualTo(401);
    }

    @Test
    void anAuthorDeletesWithinTheGracePeriodAndOthersCannot() {
        long category = category("{\"name\":\"Deletions %s\"}");
        Accounts.Account author = Accounts.member();
        long topic = topic(author, category, "Oops " + UUID.randomUUID(), "Wrong place");
        long reply = reply(author, topic, "Sorry " + UUID.randomUUID());
        assertThat(Accounts.member().api().delete(FORUM + "posts/" + reply).status()).isEqualTo(403);
        assertThat(author.api().delete(FORUM + "posts/" + reply).status()).isEqualTo(200);
        assertThat(Api.anonymous().get(FORUM + "topics/" + topic).json().getJsonNumber("replyCount").longValue()).isZero();

        JsonObject shown = Api.anonymous().get(FORUM + "topics/" + topic).json().getJsonObject("topic");
        Reply edited = author.api().put(FORUM + "posts/" + topic,
                "{\"version\":" + shown.getJsonNumber("version") + ",\"body\":\"Right place after all\"}");
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(Accounts.withRole("MODERATOR").api().get("api/v1/items/" + topic + "/revisions").body()).contains("Wrong place");
        assertThat(author.api().put(FORUM + "posts/" + topic + "/reactions/like", null).json()
                .getJsonObject("reactions").getJsonNumber("like").longValue()).isEqualTo(1);
        assertThat(author.api().put(FORUM + "posts/" + topic + "/reactions/angry", null).status()).isEqualTo(400);
    }

    @Test
    void theSameTextTwiceIsRefused() {
        long category = category("{\"name\":\"Twice %s\"}");
        Accounts.Account member = Accounts.member();
        long topic = topic(member, category, "Echo " + UUID.randomUUID(), "Hello?");
        String body = "{\"body\":\"Same words " + UUID.randomUUID() + "\"}";
        assertThat(member.api().post(FORUM + "topics/" + topic + "/replies", body).status()).isEqualTo(201);
        Reply twice = member.api().post(FORUM + "topics/" + topic + "/replies", body);
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.json().getString("detail")).contains("same text");
        assertThat(Api.anonymous().get(FORUM + "topics/" + topic).json().getJsonNumber("replyCount").longValue()).isEqualTo(1);
    }

    @Test
    void aNewcomerPostingTooFastIsSlowedDown() {
        long category = category("{\"name\":\"Fast %s\"}");
        Accounts.Account newcomer = Accounts.member();
        setNewcomerRate("2");
        try {
            long topic = topic(newcomer, category, "Quick " + UUID.randomUUID(), "One");
            assertThat(newcomer.api().post(FORUM + "topics/" + topic + "/replies", "{\"body\":\"Two\"}").status()).isEqualTo(201);
            Reply third = newcomer.api().post(FORUM + "topics/" + topic + "/replies", "{\"body\":\"Three\"}");
            assertThat(third.status()).as(third.toString()).isEqualTo(429);
            assertThat(third.contentType()).startsWith("application/problem+json");
        } finally {
            setNewcomerRate("1000");
        }
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        long category = category("{\"name\":\"Strict %s\"}");
        Accounts.Account member = Accounts.member();
        long topic = topic(member, category, "Strict " + UUID.randomUUID(), "Rules");
        Api api = member.api();
        Api managerApi = manager.api();
        Api moderatorApi = Accounts.withRole("MODERATOR").api();
        SoftAssertions softly = new SoftAssertions();
        record Case(Api api, String method, String path, String body, int status) {
        }
        List<Case> cases = List.of(
                new Case(managerApi, "POST", "categories", "{}", 400),
                new Case(managerApi, "POST", "categories", "{\"name\":\"  \"}", 400),
                new Case(managerApi, "POST", "categories", "{\"name\":\"X\",\"colour\":\"red\"}", 400),
                new Case(managerApi, "POST", "categories", "{\"name\":\"X\",\"read\":\"everyone\"}", 400),
                new Case(managerApi, "POST", "categories", "{\"name\":\"X\",\"start\":\"anyone\"}", 400),
                new Case(managerApi, "POST", "categories", "{\"name\":\"X\",\"parent\":999999999}", 400),
                new Case(managerApi, "POST", "categories", "{\"name\":\"X\",\"position\":-1}", 400),
                new Case(managerApi, "POST", "categories", "{\"name\":", 400),
                new Case(managerApi, "PUT", "categories/" + category, "{\"name\":\"No version\"}", 428),
                new Case(api, "POST", "topics", "{}", 400),
                new Case(api, "POST", "topics", "{\"category\":" + category + ",\"title\":\"\",\"body\":\"x\"}", 400),
                new Case(api, "POST", "topics", "{\"category\":" + category + ",\"title\":\"x\",\"body\":\" \"}", 400),
                new Case(api, "POST", "topics", "{\"category\":999999999,\"title\":\"x\",\"body\":\"y\"}", 404),
                new Case(api, "POST", "topics", "[1,2]", 400),
                new Case(api, "POST", "topics/" + topic + "/replies", "{\"body\":\"\"}", 400),
                new Case(api, "POST", "topics/" + topic + "/replies", "{\"body\":\"Quote\",\"quotes\":" + topic + "}", 400),
                new Case(api, "POST", "topics/999999999/replies", "{\"body\":\"Hello\"}", 404),
                new Case(api, "PUT", "topics/" + topic + "/accepted", "{}", 400),
                new Case(api, "PUT", "topics/" + topic + "/pinned", "{}", 400),
                new Case(api, "POST", "topics/" + topic + "/merge", "{}", 400),
                new Case(moderatorApi, "POST", "topics/" + topic + "/merge", "{\"into\":" + topic + "}", 400),
                new Case(moderatorApi, "POST", "topics/" + topic + "/merge", "{\"into\":999999999}", 400),
                new Case(moderatorApi, "PUT", "topics/" + topic + "/category", "{}", 400),
                new Case(moderatorApi, "PUT", "topics/" + topic + "/category", "{\"category\":999999999}", 400),
                new Case(moderatorApi, "POST", "topics/" + topic + "/split", "{\"title\":\"x\",\"replies\":[1]}", 400),
                new Case(moderatorApi, "POST", "topics/" + topic + "/split",
                        "{\"title\":\"x\",\"category\":" + category + ",\"replies\":[]}", 400),
                new Case(moderatorApi, "POST", "topics/" + topic + "/split",
                        "{\"title\":\" \",\"category\":" + category + ",\"replies\":[" + topic + "]}", 400),
                new Case(moderatorApi, "POST", "topics/" + topic + "/split",
                        "{\"title\":\"x\",\"category\":" + category + ",\"replies\":[" + topic + "]}", 400),
                new Case(moderatorApi, "POST", "topics/" + topic + "/split",
                        "{\"title\":\"x\",\"category\":999999999,\"replies\":[" + topic + "]}", 400),
                new Case(api, "POST", "topics/" + topic + "/split",
                        "{\"title\":\"x\",\"category\":" + category + ",\"replies\":[" + topic + "]}", 403),
                new Case(api, "POST", "preview", "{}", 400),
                new Case(api, "POST", "preview", "[1]", 400),
                new Case(api, "PUT", "posts/" + topic, "{\"body\":\"No version\"}", 428),
                new Case(api, "PUT", "posts/" + topic, "{\"version\":1,\"title\":\" \"}", 400),
                new Case(api, "GET", "topics/latest?limit=0", null, 400),
                new Case(api, "GET", "topics/latest?before=abc", null, 400),
                new Case(api, "GET", "topics/top?period=decade", null, 400),
                new Case(api, "GET", "categories/" + category + "/topics?offset=-1", null, 400),
                new Case(api, "GET", "topics/" + topic + "?limit=1000", null, 400));
        for (Case c : cases) {
            Reply reply = c.api().send(c.method(), FORUM + c.path(), c.body(), c.body() == null ? null : "application/json");
            String label = c.method() + " " + c.path() + " " + c.body() + " → " + reply;
            softly.assertThat(reply.status()).as(label).isEqualTo(c.status());
            softly.assertThat(reply.contentType()).as(label).startsWith("application/problem+json");
        }
        softly.assertAll();
        JsonObject after = Api.anonymous().get(FORUM + "topics/" + topic).json();
        assertThat(after.getJsonNumber("replyCount").longValue()).isZero();
        assertThat(after.getJsonObject("topic").getString("body")).isEqualTo("Rules");
        assertThat(after.getJsonNumber("categoryId").longValue()).isEqualTo(category);
        assertThat(after.get("mergedInto")).isIn(null, JsonValue.NULL);
        assertThat(ids(Api.anonymous().get(FORUM + "categories/" + category + "/topics").json().getJsonArray("items")))
                .containsExactly(topic);
        assertThat(Api.anonymous().get(FORUM + "categories").body()).doesNotContain("\"name\":\"X\"");
    }

    @Test
    void searchFindsATopicButNotAPrivateOne() {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long open = category("{\"name\":\"Searchable %s\"}");
        long staff = category("{\"name\":\"Hidden %s\",\"read\":\"community-manager\"}");
        Accounts.Account member = Accounts.member();
        long visible = topic(member, open, "About " + word, "Public words " + word);
        long hidden = topic(manager, staff, "Secret " + word, "Private words " + word);

        JsonObject found = awaitSearch(manager.api(), word, reply -> reply.json().getJsonNumber("total").longValue() == 2);
        assertThat(found.getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(hit -> assertThat(hit.getString("link")).isEqualTo("/p/forum/topic.xhtml?id=" + visible));
        for (Api below : List.of(Api.anonymous(), member.api())) {
            JsonObject result = below.get("api/v1/search?q=" + encode(word)).json();
            assertThat(ids(result.getJsonArray("items"))).contains(visible).doesNotContain(hidden);
        }
        assertThat(found.getJsonObject("facets").getJsonArray("category").getValuesAs(JsonObject.class))
                .anySatisfy(f -> assertThat(f.getString("value")).isEqualTo(Long.toString(open)));
    }

    // helpers

    /** Creates a category as the community manager; {@code %s} in the JSON becomes a unique suffix. */
    private static long category(String json) {
        Reply created = manager.api().post(FORUM + "categories", json.formatted(UUID.randomUUID()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static long topic(Accounts.Account author, long category, String title, String body) {
        Reply created = author.api().post(FORUM + "topics", topicJson(category, title, body));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static String topicJson(long category, String title, String body) {
        return "{\"category\":" + category + ",\"title\":\"" + title + "\",\"body\":\"" + body + "\"}";
    }

    private static long reply(Accounts.Account author, long topic, String body) {
        Reply created = author.api().post(FORUM + "topics/" + topic + "/replies", "{\"body\":\"" + body + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static List<Long> replyIds(long topic) {
        return ids(Api.anonymous().get(FORUM + "topics/" + topic).json().getJsonObject("replies").getJsonArray("items"));
    }

    private static List<JsonObject> notifications(Accounts.Account member) {
        Reply reply = member.api().get("api/v1/me/notifications?limit=100");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<Long> ids(jakarta.json.JsonArray items) {
        return items.getValuesAs(JsonObject.class).stream().map(item -> item.getJsonNumber("id").longValue()).toList();
    }

    private static JsonObject awaitSearch(Api api, String query, Predicate<Reply> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        Reply reply;
        do {
            reply = api.get("api/v1/search?q=" + encode(query));
            if (reply.status() == 200 && done.test(reply)) {
                return reply.json();
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("Search never satisfied for " + query + ": " + reply);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
