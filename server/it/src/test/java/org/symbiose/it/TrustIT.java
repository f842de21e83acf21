package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Trust levels on a real server: members climb with visits, reading, posting and likes received
 * under requirements a community manager sets; a level brings rights (flag weight, no newcomer
 * limits on links); a hand-set level is audited and locked; a silence drops a level; the spam
 * score and members under watch hold posts for review.
 */
class TrustIT extends Deployed {

    private static final String TRUST = "api/v1/moderation/trust";
    private static final String FORUM = "api/v1/forum/";
    private static final String NEWCOMER_RATE = "api/v1/admin/settings/forum.newcomer-posts-per-minute";
    // level 1: a visit, 2 posts read, 1 post; level 2: the same and 2 likes; level 3 out of reach
    private static final String LOW = """
            {"levels":[{"level":1,"daysVisited":1,"postsRead":2,"postsWritten":1,"likesReceived":0,"cleanDays":0},
            {"level":2,"daysVisited":1,"postsRead":2,"postsWritten":1,"likesReceived":2,"cleanDays":0},
            {"level":3,"daysVisited":900,"postsRead":9000,"postsWritten":900,"likesReceived":900,"cleanDays":0}],
            "newcomerLinks":2,"newcomerImages":1,"spamThreshold":5}""";

    private static Accounts.Account manager;
    private static Accounts.Account moderator;

    @Test
    void theTrustSweepIsScheduledOnceInTheClusterAndAdministratorsSeeIt() {
        assertThat(manager.api().get("api/v1/admin/tasks").status()).as("administrators only").isEqualTo(403);
        Reply tasks = Accounts.admin().api().get("api/v1/admin/tasks");
        assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
        assertThat(tasks.json().containsKey("next")).as("one page").isFalse();
        JsonObject sweep = tasks.items().getValuesAs(JsonObject.class).stream()
                .filter(task -> task.getString("name").equals("core.trust-sweep")).findFirst().orElseThrow();
        assertThat(sweep.getString("period")).isEqualTo("PT24H");
        assertThat(sweep.getJsonNumber("runs").longValue()).isNotNegative();
        assertThat(Instant.parse(sweep.getString("nextDue"))).isAfter(Instant.now().minus(1, ChronoUnit.MINUTES));
        if (sweep.getJsonNumber("runs").longValue() > 0) {
            assertThat(sweep.getString("lastNode")).isNotBlank();
            assertThat(Instant.parse(sweep.getString("lastRun"))).isBefore(Instant.now().plusSeconds(60));
        }
    }

    @BeforeAll
    static void lowerTheRequirements() {
        manager = Accounts.withRole("COMMUNITY_MANAGER");
        moderator = Accounts.withRole("MODERATOR");
        change(LOW);
        setNewcomerRate("1000");
    }

    @AfterAll
    static void restoreTheRequirements() {
        change(TrustDefaults.JSON);
        setNewcomerRate("2");
    }

    @Test
    void aMemberClimbsToLevelOneByVisitingReadingAndPosting() {
        Accounts.Account reader = Accounts.member("Reader");
        JsonObject trust = trust(reader);
        assertThat(trust.getInt("level")).isZero();
        assertThat(trust.getInt("nextLevel")).isEqualTo(1);
        assertThat(missing(trust)).containsExactlyInAnyOrder("postsRead", "postsWritten");
        assertThat(trust.getJsonObject("participation").getInt("daysVisited")).as("today's visit").isEqualTo(1);

        long topic = topicWithReplies(Accounts.member("Writer"), 2);
        assertThat(reader.api().get(FORUM + "topics/" + topic).status()).isEqualTo(200);
        assertThat(reader.api().get(FORUM + "topics/" + topic).status()).as("read again: counts once").isEqualTo(200);
        trust = trust(reader);
        assertThat(trust.getJsonObject("participation").getJsonNumber("postsRead").longValue()).isEqualTo(3);
        assertThat(missing(trust)).containsExactly("postsWritten");
        assertThat(trust.getInt("level")).isZero();

        reply(reader, topic, "Thanks, this helped " + UUID.randomUUID());
        trust = trust(reader);
        assertThat(trust.getInt("level")).as("the post completes level 1").isEqualTo(1);
        assertThat(trust.getInt("nextLevel")).isEqualTo(2);
        assertThat(missing(trust)).containsExactly("likesReceived");
        JsonObject file = moderator.api().get("api/v1/moderation/members/" + reader.id()).json();
        assertThat(file.getJsonObject("standing").getJsonObject("trust").getInt("level")).as("moderators see it too").isEqualTo(1);
        assertThat(file.getJsonObject("standing").getJsonObject("trust").getBoolean("locked")).isFalse();
    }

    @Test
    void likesReceivedRaiseTheAuthorAndASilenceDropsALevel() {
        Accounts.Account author = Accounts.member("Liked");
        long topic = topicWithReplies(Accounts.member("Host"), 1);
        author.api().get(FORUM + "topics/" + topic);
        long post = reply(author, topic, "A helpful answer " + UUID.randomUUID());
        assertThat(trust(author).getInt("level")).isEqualTo(1);

        Accounts.Account fan = Accounts.member("Fan");
        assertThat(fan.api().put(FORUM + "posts/" + post + "/reactions/like", null).status()).isEqualTo(200);
        assertThat(fan.api().put(FORUM + "posts/" + post + "/reactions/like", null).status()).as("twice counts once").isEqualTo(200);
        assertThat(trust(author).getJsonObject("participation").getJsonNumber("likesReceived").longValue()).isEqualTo(1);
        assertThat(author.api().put(FORUM + "posts/" + post + "/reactions/like", null).status()).as("not one's own").isEqualTo(200);
        assertThat(trust(author).getInt("level")).isEqualTo(1);
        assertThat(Accounts.member("Fan").api().put(FORUM + "posts/" + post + "/reactions/like", null).status()).isEqualTo(200);
        assertThat(trust(author).getInt("level")).as("two likes complete level 2").isEqualTo(2);

        Reply silenced = moderator.api().post("api/v1/moderation/members/" + author.id() + "/sanctions",
                "{\"kind\":\"SILENCE\",\"reason\":\"off-topic\",\"until\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}");
        assertThat(silenced.status()).as(silenced.toString()).isEqualTo(201);
        JsonObject trust = trust(author);
        assertThat(trust.getInt("level")).as("a silence drops one level").isEqualTo(1);
        assertThat(trust.getBoolean("paused")).isTrue();
        assertThat(author.api().get("api/v1/me/notifications").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(n -> assertThat(n.getString("text")).contains("trust level drops from 2 to 1"));
        Accounts.member("Fan").api().put(FORUM + "posts/" + post + "/reactions/like", null);
        assertThat(trust(author).getInt("level")).as("no promotion while silenced").isEqualTo(1);
    }

    @Test
    void aManagerSetsALevelByHandAuditedAndLockedAndFlagsWeighByLevel() {
        Accounts.Account member = Accounts.member("Trusted");
        Reply set = manager.api().put("api/v1/moderation/members/" + member.id() + "/trust",
                "{\"level\":2,\"reason\":\"Long-time member of our old forum\"}");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().getInt("level")).isEqualTo(2);
        assertThat(set.json().getBoolean("locked")).isTrue();
        assertThat(moderator.api().get("api/v1/moderation/audit?action=moderation.trust.set&actor=" + manager.id())
                .json().getJsonArray("items").getValuesAs(JsonObject.class)).anySatisfy(entry -> {
                    assertThat(entry.getString("reason")).contains("old forum", "(member " + member.id() + ")");
                    assertThat(entry.getString("before")).isEqualTo("level 0");
                    assertThat(entry.getString("after")).isEqualTo("level 2 (locked)");
                });
        JsonObject trust = trust(member);
        assertThat(trust.getBoolean("locked")).isTrue();
        assertThat(trust.get("nextLevel")).as("locked: nothing to climb").isIn(null, JsonValue.NULL);

        long item = note(Accounts.member(), "Un avis discutable " + UUID.randomUUID());
        Reply light = Accounts.member().api().post("api/v1/items/" + item + "/flags", "{\"reason\":\"OFF_TOPIC\"}");
        assertThat(light.json().getJsonNumber("weight").longValue()).as("a level-0 flag").isEqualTo(1);
        Reply heavy = member.api().post("api/v1/items/" + item + "/flags", "{\"reason\":\"OFF_TOPIC\"}");
        assertThat(heavy.json().getJsonNumber("weight").longValue()).as("plus a level-2 flag").isEqualTo(3);
        assertThat(heavy.json().getBoolean("hidden")).isTrue();

        Reply unlocked = manager.api().delete("api/v1/moderation/members/" + member.id() + "/trust/lock");
        assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(200);
        assertThat(unlocked.json().getBoolean("locked")).isFalse();
        assertThat(unlocked.json().getInt("level")).as("unlocking keeps the level").isEqualTo(2);
        assertThat(moderator.api().get("api/v1/moderation/audit?action=moderation.trust.unlock&actor=" + manager.id())
                .json().getJsonArray("items")).hasSize(1);
    }

    @Test
    void aNewMembersPostWithTooManyLinksIsRefusedAndALevelOneMembersPasses() {
        String links = "Voyez https://a.example, https://b.example et https://c.example " + UUID.randomUUID();
        Accounts.Account newcomer = Accounts.member("Newcomer");
        Reply refused = newcomer.api().post("api/v1/items", "{\"type\":\"test.note\",\"body\":\"" + links + "\"}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("type")).isEqualTo("urn:symbiose:problem:limit-exceeded");
        assertThat(refused.json().getString("detail")).contains("at most 2 links", "has 3");
        assertThat(Accounts.admin().api().get("api/v1/items?author=" + newcomer.id()).json().getJsonArray("items"))
                .as("nothing written").isEmpty();
        Reply images = newcomer.api().post("api/v1/items", "{\"type\":\"test.note\",\"body\":\"![a](https://i.example/a.png)"
                + " ![b](https://i.example/b.png)\"}");
        assertThat(images.status()).as(images.toString()).isEqualTo(422);
        assertThat(images.json().getString("detail")).contains("at most 1 image in a post");
        long id = note(newcomer, "Voyez https://a.example " + UUID.randomUUID());
        Reply edit = newcomer.api().put("api/v1/items/" + id, "{\"body\":\"" + links + "\",\"version\":1}");
        assertThat(edit.status()).as("an edit is held to it too: " + edit).isEqualTo(422);

        Accounts.Account basic = Accounts.member("Basic");
        assertThat(manager.api().put("api/v1/moderation/members/" + basic.id() + "/trust", "{\"level\":1}").status()).isEqualTo(200);
        Reply passed = basic.api().post("api/v1/items", "{\"type\":\"test.note\",\"body\":\"" + links + "\"}");
        assertThat(passed.status()).as(passed.toString()).isEqualTo(201);
        assertThat(passed.json().getString("status")).isEqualTo("PUBLISHED");
    }

    @Test
    void theSpamScoreHoldsABurstOfRepeatedPosts() {
        Accounts.Account spammer = Accounts.member("Burst");
        String text = "Montres de luxe à prix cassés, écrivez-moi vite " + UUID.randomUUID();
        long first = note(spammer, text);
        long second = note(spammer, text);
        long third = note(spammer, text.toUpperCase());
        Api admin = Accounts.admin().api();
        assertThat(admin.get("api/v1/items/" + first).json().getString("status")).isEqualTo("PUBLISHED");
        for (long held : List.of(second, third)) {
            assertThat(admin.get("api/v1/items/" + held).json().getString("status")).isEqualTo("PENDING_REVIEW");
            JsonObject entry = ReviewQueueEntries.openFor(moderator.api(), held);
            assertThat(entry.getString("cause")).isEqualTo("SPAM");
            assertThat(entry.getString("detail")).startsWith("spam score").contains("repeated text 5", "links 0", "threshold 5");
        }
        assertThat(Api.anonymous().get("api/v1/items/" + second).status()).as("not shown until approved").isEqualTo(404);
    }

    @Test
    void aWatchedMembersPostsWaitForReviewUntilTheWatchIsLifted() {
        Accounts.Account watched = Accounts.member("Watched");
        String path = "api/v1/moderation/members/" + watched.id() + "/watch";
        Reply put = moderator.api().put(path, "{\"reason\":\"Spammed another forum\"}");
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(moderator.api().get("api/v1/moderation/members/" + watched.id()).json().getJsonObject("watch")
                .getString("note")).isEqualTo("Spammed another forum");
        assertThat(moderator.api().get("api/v1/moderation/audit?action=moderation.watch&actor=" + moderator.id()).body())
                .contains("Spammed another forum");

        long item = note(watched, "Bonjour à tous " + UUID.randomUUID());
        JsonObject entry = ReviewQueueEntries.openFor(moderator.api(), item);
        assertThat(entry.getString("cause")).isEqualTo("WATCH");
        assertThat(entry.getString("detail")).contains("Spammed another forum");
        assertThat(Api.anonymous().get("api/v1/items/" + item).status()).isEqualTo(404);
        Reply approved = moderator.api().put("api/v1/moderation/queue/" + entry.getJsonNumber("id"),
                "{\"decision\":\"APPROVE\",\"version\":" + entry.getJsonNumber("version") + "}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(Api.anonymous().get("api/v1/items/" + item).status()).isEqualTo(200);

        assertThat(moderator.api().delete(path).status()).isEqualTo(204);
        long free = note(watched, "De retour " + UUID.randomUUID());
        assertThat(Api.anonymous().get("api/v1/items/" + free).status()).as("published once lifted").isEqualTo(200);
        assertThat(moderator.api().get("api/v1/moderation/audit?action=moderation.unwatch&actor=" + moderator.id())
                .json().getJsonArray("items")).hasSize(1);
    }

    @Test
    void badInputIsRefusedWithAProblemAndChangesNothing() {
        Accounts.Account member = Accounts.member("Unchanged");
        String settings = manager.api().get(TRUST).body();
        String trustPath = "api/v1/moderation/members/" + member.id() + "/trust";
        String watchPath = "api/v1/moderation/members/" + member.id() + "/watch";
        record Case(Api api, String method, String path, String body, int status) {
        }
        List<Case> cases = List.of(
                new Case(manager.api(), "PUT", TRUST, LOW.replace("{\"level\":3", "{\"level\":2"), 400),
                new Case(manager.api(), "PUT", TRUST, LOW.replace("\"spamThreshold\":5", "\"spamThreshold\":0"), 400),
                new Case(manager.api(), "PUT", TRUST, LOW.replace("\"postsRead\":2,", "\"postsRead\":-1,"), 400),
                new Case(manager.api(), "PUT", TRUST, LOW.replace("\"newcomerLinks\":2,", ""), 400),
                new Case(manager.api(), "PUT", TRUST, "{\"levels\":", 400),
                new Case(manager.api(), "PUT", trustPath, "{\"level\":5}", 400),
                new Case(manager.api(), "PUT", trustPath, "{}", 400),
                new Case(manager.api(), "PUT", trustPath, "{\"level\":1,\"reason\":\"" + "x".repeat(501) + "\"}", 400),
                new Case(manager.api(), "PUT", "api/v1/moderation/members/999999999/trust", "{\"level\":1}", 404),
                new Case(manager.api(), "DELETE", trustPath + "/lock", null, 409),
                new Case(moderator.api(), "PUT", watchPath, "{\"reason\":\"  \"}", 400),
                new Case(moderator.api(), "PUT", watchPath, "{}", 400),
                new Case(moderator.api(), "PUT", "api/v1/moderation/members/999999999/watch", "{\"reason\":\"x\"}", 404),
                new Case(moderator.api(), "PUT", "api/v1/moderation/members/" + manager.id() + "/watch", "{\"reason\":\"x\"}", 400),
                new Case(moderator.api(), "DELETE", watchPath, null, 404));
        SoftAssertions softly = new SoftAssertions();
        for (Case c : cases) {
            Reply reply = c.api().send(c.method(), c.path(), c.body(), c.body() == null ? null : "application/json");
            softly.assertThat(reply.status()).as(c.method() + " " + c.path() + " " + c.body() + ": " + reply).isEqualTo(c.status());
            softly.assertThat(reply.contentType()).as(c.path()).startsWith("application/problem+json");
        }
        softly.assertAll();
        assertThat(manager.api().get(TRUST).body()).as("settings unchanged").isEqualTo(settings);
        JsonObject file = moderator.api().get("api/v1/moderation/members/" + member.id()).json();
        assertThat(file.getJsonObject("standing").getJsonObject("trust").getInt("level")).isZero();
        assertThat(file.getJsonObject("standing").getJsonObject("trust").getBoolean("locked")).isFalse();
        assertThat(file.get("watch")).as("not watched").isIn(null, JsonValue.NULL);
    }

    // helpers

    private static void change(String settings) {
        Reply changed = manager.api().put(TRUST, settings);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    private static void setNewcomerRate(String value) {
        Reply changed = Accounts.admin().api().put(NEWCOMER_RATE, "{\"value\":\"" + value + "\"}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    private static JsonObject trust(Accounts.Account member) {
        Reply standing = member.api().get("api/v1/me/standing");
        assertThat(standing.status()).as(standing.toString()).isEqualTo(200);
        return standing.json().getJsonObject("trust");
    }

    private static List<String> missing(JsonObject trust) {
        return trust.getJsonArray("missing").getValuesAs(JsonObject.class).stream().map(m -> m.getString("requirement")).toList();
    }

    /** A forum topic by {@code author} with {@code replies} replies of theirs, in a new category. */
    private static long topicWithReplies(Accounts.Account author, int replies) {
        Reply category = manager.api().post(FORUM + "categories", "{\"name\":\"Trust " + UUID.randomUUID() + "\"}");
        assertThat(category.status()).as(category.toString()).isEqualTo(201);
        Reply topic = author.api().post(FORUM + "topics", "{\"category\":" + category.json().getJsonNumber("id")
                + ",\"title\":\"Trust " + UUID.randomUUID() + "\",\"body\":\"Welcome\"}");
        assertThat(topic.status()).as(topic.toString()).isEqualTo(201);
        long id = topic.json().getJsonNumber("id").longValue();
        for (int i = 0; i < replies; i++) {
            reply(author, id, "Reply " + i + " " + UUID.randomUUID());
        }
        return id;
    }

    private static long reply(Accounts.Account author, long topic, String body) {
        Reply created = author.api().post(FORUM + "topics/" + topic + "/replies", "{\"body\":\"" + body + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static long note(Accounts.Account author, String body) {
        Reply created = author.api().post("api/v1/items", "{\"type\":\"test.note\",\"body\":\"" + body + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }
}
