package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.symbiose.it.Accounts.Account;

/** The content store over HTTP: items, Markdown safety, revisions, reactions, votes, visibility. */
class ContentIT extends Deployed {

    private static String path(Reply created) {
        String location = created.header("Location");
        return location.substring(location.indexOf("api/v1"));
    }

    @Test
    void markdownIsRenderedAndScriptsAreRemoved() {
        Account author = Accounts.member();
        Reply created = author.api().post("api/v1/items", """
                {"type":"test.topic","title":"Bienvenue","body":"**Bonjour** <script>alert('x')</script> \
                <img src=x onerror=alert(1)> [lien](javascript:alert(1)) <a href=\\"https://symbiose.org\\">ok</a>",
                 "tags":["Accueil","accueil","FAQ"],"attributes":{"pinned":true,"views":3}}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject item = created.json();
        String html = item.getString("bodyHtml");
        assertThat(html).contains("<strong>Bonjour</strong>", "https://symbiose.org")
                .doesNotContain("<script", "onerror", "javascript:");
        assertThat(item.getString("body")).contains("<script>");
        assertThat(item.getJsonArray("tags").toString()).isEqualTo("[\"accueil\",\"faq\"]");
        assertThat(item.getJsonObject("attributes").getBoolean("pinned")).isTrue();
        assertThat(item.getString("plugin")).isEqualTo("test");
        assertThat(Api.anonymous().get(path(created)).json().getString("bodyHtml")).isEqualTo(html);
    }

    @Test
    void editsKeepRevisionsAndStaleEditsAreRefused() {
        Account author = Accounts.member();
        Reply created = author.api().post("api/v1/items", "{\"type\":\"test.note\",\"title\":\"v1\",\"body\":\"first\"}");
        String item = path(created);
        String etag = created.header("ETag");

        Reply edited = author.api().put(item, "{\"title\":\"v2\",\"body\":\"second\"}", "If-Match", etag);
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().getJsonNumber("version").longValue()).isEqualTo(2);

        Reply stale = author.api().put(item, "{\"title\":\"lost\"}", "If-Match", etag);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().getString("type")).isEqualTo("urn:symbiose:problem:stale-version");
        Reply staleBody = author.api().put(item, "{\"title\":\"lost\",\"version\":1}");
        assertThat(staleBody.status()).isEqualTo(409);
        assertThat(Api.anonymous().get(item).json().getString("title")).isEqualTo("v2");

        Reply revisions = Api.anonymous().get(item + "/revisions");
        assertThat(revisions.items()).hasSize(1);
        assertThat(revisions.items().getJsonObject(0).getString("title")).isEqualTo("v1");

        assertThat(Accounts.member().api().put(item, "{\"title\":\"not mine\",\"version\":2}").status()).isEqualTo(403);
    }

    @Test
    void reactionsCountOncePerMemberAndVotesSumUp() {
        Account author = Accounts.member();
        String item = path(author.api().post("api/v1/items", "{\"type\":\"test.note\",\"title\":\"Idea\",\"body\":\"b\"}"));
        Account fan = Accounts.member();
        Account critic = Accounts.member();

        fan.api().put(item + "/reactions/like", null);
        Reply twice = fan.api().put(item + "/reactions/like", null);
        assertThat(twice.status()).isEqualTo(200);
        assertThat(twice.json().getJsonObject("reactions").getInt("like")).isEqualTo(1);
        assertThat(critic.api().put(item + "/reactions/like", null).json().getJsonObject("reactions").getInt("like"))
                .isEqualTo(2);
        assertThat(critic.api().delete(item + "/reactions/like").json().getJsonObject("reactions").getInt("like"))
                .isEqualTo(1);

        assertThat(fan.api().put(item + "/vote", "{\"value\":1}").json().getInt("score")).isEqualTo(1);
        assertThat(critic.api().put(item + "/vote", "{\"value\":-1}").json().getInt("score")).isZero();
        assertThat(critic.api().put(item + "/vote", "{\"value\":0}").json().getInt("score")).isEqualTo(1);
        assertThat(fan.api().put(item + "/vote", "{\"value\":1}").json().getInt("score")).isEqualTo(1);
    }

    @Test
    void hiddenAndDeletedItemsAreSeenOnlyByTheirAuthorAndModerators() {
        Account author = Accounts.member();
        String topic = path(author.api().post("api/v1/items", "{\"type\":\"test.topic\",\"title\":\"Hello\",\"body\":\"b\"}"));
        Reply created = author.api().post("api/v1/items", "{\"type\":\"test.reply\",\"parentId\":"
                + topic.substring(topic.lastIndexOf('/') + 1) + ",\"body\":\"rude words\"}");
        String item = path(created);
        Account moderator = Accounts.withRole("MODERATOR");

        Reply hidden = moderator.api().put(item + "/status", "{\"status\":\"HIDDEN\",\"version\":1}");
        assertThat(hidden.status()).as(hidden.toString()).isEqualTo(200);
        assertThat(Api.anonymous().get(item).status()).isEqualTo(404);
        assertThat(Accounts.member().api().get(item).status()).isEqualTo(404);
        assertThat(author.api().get(item).status()).isEqualTo(200);
        assertThat(moderator.api().get(item).status()).isEqualTo(200);

        assertThat(Api.anonymous().get("api/v1/items?status=HIDDEN").status()).isEqualTo(401);
        assertThat(Accounts.member().api().get("api/v1/items?status=HIDDEN").status()).isEqualTo(403);
        assertThat(author.api().get("api/v1/items?status=HIDDEN&author=" + author.id()).json().getJsonArray("items"))
                .hasSize(1);
        assertThat(moderator.api().get("api/v1/items?status=HIDDEN&type=test.reply").status()).isEqualTo(200);

        assertThat(author.api().delete(item).status()).isEqualTo(204);
        assertThat(author.api().get(item).status()).isEqualTo(404);
        assertThat(moderator.api().get(item).json().getString("status")).isEqualTo("DELETED");
    }

    @Test
    void listsFilterAndFollowTheNextLinkToTheEnd() {
        Account author = Accounts.member();
        String parent = path(author.api().post("api/v1/items", "{\"type\":\"test.topic\",\"title\":\"Thread\",\"body\":\"b\"}"));
        long parentId = Long.parseLong(parent.substring(parent.lastIndexOf('/') + 1));
        for (int i = 0; i < 5; i++) {
            assertThat(author.api().post("api/v1/items", "{\"type\":\"test.reply\",\"parentId\":" + parentId
                    + ",\"body\":\"reply " + i + "\",\"tags\":[\"r\"]}").status()).isEqualTo(201);
        }
        String next = "api/v1/items?type=test.reply&parent=" + parentId + "&limit=2";
        int seen = 0;
        int pages = 0;
        while (next != null) {
            JsonObject page = Api.anonymous().get(next).json();
            seen += page.getJsonArray("items").size();
            pages++;
            next = page.containsKey("next") && !page.isNull("next")
                    ? page.getString("next").substring(page.getString("next").indexOf("api/v1")) : null;
        }
        assertThat(seen).isEqualTo(5);
        assertThat(pages).isEqualTo(3);
        assertThat(Api.anonymous().get("api/v1/items?tag=r&author=" + author.id()).json().getJsonArray("items")).hasSize(5);
    }
}
