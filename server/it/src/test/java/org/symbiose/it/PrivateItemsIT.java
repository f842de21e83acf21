package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What lives in a place closed to someone does not exist for them: every core endpoint that takes an item id
 * answers a visitor and a member about a topic of a moderators-only forum category exactly as about an id that
 * was never given, and search and suggestions do not show the category itself. Moderators still reach both.
 */
class PrivateItemsIT extends Deployed {

    private static final String FORUM = "api/v1/forum/";
    private static final String NEWCOMER_RATE = "api/v1/admin/settings/forum.newcomer-posts-per-minute";
    /** An id no item will have in a test run. */
    private static final long UNKNOWN = 987_654_321_987L;

    private static Accounts.Account manager;
    private static Accounts.Account moderator;
    /** Another moderator than the topic's author, who may flag it. */
    private static Accounts.Account reviewer;
    private static long staff;
    private static long topic;
    private static String word;

    /** One core endpoint taking an item id: how to call it. */
    private record Endpoint(String name, BiFunction<Api, Long, Reply> call) {
    }

    private static final List<Endpoint> ITEM_ENDPOINTS = List.of(
            new Endpoint("GET /items/{id}", (api, id) -> api.get("api/v1/items/" + id)),
            new Endpoint("PUT /items/{id}", (api, id) -> api.put("api/v1/items/" + id, "{\"title\":\"Mine now\",\"version\":1}")),
            new Endpoint("DELETE /items/{id}", (api, id) -> api.delete("api/v1/items/" + id)),
            new Endpoint("PUT /items/{id}/status", (api, id) -> api.put("api/v1/items/" + id + "/status",
                    "{\"status\":\"HIDDEN\",\"version\":1}")),
            new Endpoint("GET /items/{id}/revisions", (api, id) -> api.get("api/v1/items/" + id + "/revisions")),
            new Endpoint("PUT /items/{id}/reactions/{kind}", (api, id) -> api.put("api/v1/items/" + id + "/reactions/like", null)),
            new Endpoint("DELETE /items/{id}/reactions/{kind}", (api, id) -> api.delete("api/v1/items/" + id + "/reactions/like")),
            new Endpoint("PUT /items/{id}/vote", (api, id) -> api.put("api/v1/items/" + id + "/vote", "{\"value\":1}")),
            new Endpoint("POST /items/{id}/flags", (api, id) -> api.post("api/v1/items/" + id + "/flags", "{\"reason\":\"SPAM\"}")),
            new Endpoint("POST /items/{id}/flags (OTHER)", (api, id) -> api.post("api/v1/items/" + id + "/flags",
                    "{\"reason\":\"OTHER\",\"text\":\"probing\"}")),
            new Endpoint("GET /search/related/{id}", (api, id) -> api.get("api/v1/search/related/" + id)));

    @BeforeAll
    static void privateCategoryWithATopic() {
        manager = Accounts.withRole("COMMUNITY_MANAGER");
        moderator = Accounts.withRole("MODERATOR");
        reviewer = Accounts.withRole("MODERATOR");
        setNewcomerRate("1000");
        word = "coulisse" + letters(10);
        Reply created = manager.api().post(FORUM + "categories", "{\"name\":\"Staff " + word
                + "\",\"description\":\"Where moderators talk about " + word + "\",\"read\":\"moderator\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        staff = created.json().getJsonNumber("id").longValue();
        Reply posted = moderator.api().post(FORUM + "topics", "{\"category\":" + staff
                + ",\"title\":\"Moderators only " + UUID.randomUUID() + "\",\"body\":\"Nobody else reads this\"}");
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        topic = posted.json().getJsonNumber("id").longValue();
    }

    @AfterAll
    static void restoreNewcomerRate() {
        setNewcomerRate("2");
    }

    @Test
    void everyItemEndpointAnswersAsForAnUnknownId() {
        List<Api> outsiders = List.of(Api.anonymous(), Accounts.member("Prober").api());
        for (Api outsider : outsiders) {
            for (Endpoint endpoint : ITEM_ENDPOINTS) {
                Reply unknown = endpoint.call().apply(outsider, UNKNOWN);
                Reply hidden = endpoint.call().apply(outsider, topic);
                assertThat(hidden.status()).as(endpoint.name() + ": " + hidden).isEqualTo(unknown.status()).isNotIn(200, 201, 204);
                assertThat(hidden.contentType()).as(endpoint.name()).isEqualTo(unknown.contentType());
                assertThat(hidden.body().replace(Long.toString(topic), "{id}")).as(endpoint.name())
                        .isEqualTo(unknown.body().replace(Long.toString(UNKNOWN), "{id}"));
            }
        }
        // the members' flags went nowhere: nothing waits in the queue, nothing was counted
        assertThatThrownBy(() -> ReviewQueueEntries.openFor(reviewer.api(), topic)).isInstanceOf(AssertionError.class);
        Reply flagged = reviewer.api().post("api/v1/items/" + topic + "/flags", "{\"reason\":\"OFF_TOPIC\"}");
        assertThat(flagged.status()).as("a moderator still flags it: " + flagged).isEqualTo(201);
        assertThat(flagged.json().getJsonNumber("weight").longValue()).as("only the moderator's flag counts").isEqualTo(3);
    }

    @Test
    void moderatorsStillReachIt() {
        Api api = moderator.api();
        assertThat(api.get("api/v1/items/" + topic).status()).isEqualTo(200);
        assertThat(api.get("api/v1/items/" + topic + "/revisions").status()).isEqualTo(200);
        assertThat(api.get("api/v1/search/related/" + topic).status()).isEqualTo(200);
        assertThat(api.get("api/v1/items/" + staff).status()).isEqualTo(200);
    }

    @Test
    void aPrivateCategoryIsFoundByItsReadersOnly() {
        // once the moderator finds it, it is indexed
        awaitFound(moderator.api(), "api/v1/search?q=" + word, "\"id\":" + staff);
        awaitFound(moderator.api(), "api/v1/search/suggest?q=" + word.substring(0, word.length() - 2), word);
        for (Api outsider : List.of(Api.anonymous(), Accounts.member("Seeker").api())) {
            Reply search = outsider.get("api/v1/search?q=" + word);
            assertThat(search.status()).isEqualTo(200);
            assertThat(search.body()).as("by its name and description").doesNotContain(word).doesNotContain("\"id\":" + staff);
            Reply described = outsider.get("api/v1/search?q=" + encode("moderators talk about"));
            assertThat(described.body()).doesNotContain(word);
            Reply suggested = outsider.get("api/v1/search/suggest?q=" + word.substring(0, word.length() - 2));
            assertThat(suggested.status()).isEqualTo(200);
            assertThat(suggested.body()).doesNotContain(word);
        }
    }

    private static void awaitFound(Api api, String path, String expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        Reply reply;
        do {
            reply = api.get(path);
            if (reply.status() == 200 && reply.body().contains(expected)) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError(path + " never showed " + expected + ": " + reply);
    }

    private static void setNewcomerRate(String value) {
        Reply changed = Accounts.admin().api().put(NEWCOMER_RATE, "{\"value\":\"" + value + "\"}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    private static String letters(int count) {
        Random random = new Random();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
